/** The source reader page: one corpus document, scrolled to the cited passage. */
import { render } from 'preact';
import { SourceReader, parseLocation } from '../../components/SourceReader';
import { knowledge } from '../../knowledge/shipped';

render(<SourceReader knowledge={knowledge} location={parseLocation(location.search)} />, document.getElementById('app')!);
