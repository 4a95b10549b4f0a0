import { render } from 'preact';
import { Explorer } from '../../components/Explorer';
import { knowledge } from '../../knowledge/shipped';

render(<Explorer knowledge={knowledge} />, document.getElementById('app')!);
