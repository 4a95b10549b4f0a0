/**
 * Companies, platforms and news outlets. Several share their name with everyday words
 * or other things (an apple, Nikola Tesla, the letter X), so their bare names carry rules.
 */
import type { Condition, EntityRecord } from '../types';
import { phrases } from './phrases';

/** What follows 'Xinhua' when it is a place or a shop of that name, not the agency. */
const XINHUA_AS_PLACE: readonly string[] = [
  'Road', 'Street', 'Avenue', 'Lu', 'Jie', 'District', 'County', 'Town', 'Village', 'Square', 'Park', 'Bridge',
  'Bookstore', 'Bookstores', 'Bookshop', 'Hospital', 'Middle School', 'Primary School',
];

/** Words that show "Apple"/"Blackstone" is being used as a company. */
const BUSINESS: readonly string[] = [
  'company', 'companies', 'firm', 'firms', 'CEO', 'chief executive', 'shares', 'stock', 'investor', 'investors',
  'investment', 'Inc', 'business', 'corporate', 'revenue', 'sales', 'market', 'supply chain', 'factory', 'factories',
];

const MUSK_OR_TRUMP: readonly string[] = ['Musk', 'Trump', 'post', 'posted', 'posts', 'platform', 'account', 'social media'];

/** "X" is the platform only when the text says so. */
const X_AS_PLATFORM: Condition = {
  any: [
    { after: [', formerly Twitter', '(formerly Twitter', ', formerly known as Twitter', '(formerly known as Twitter', ', previously Twitter', ', the platform formerly', '(the platform formerly', ', the social media platform', ', the social platform', ', the social network', ', the platform owned by', ', formerly called Twitter'] },
    { before: ['Musk’s', 'Musk\'s', 'posted on', 'posts on', 'post on', 'a post on', 'wrote on', 'writes on', 'writing on', 'said on', 'says on', 'tweeted on', 'shared on', 'announced on', 'posting on', 'video on', 'videos on', 'message on', 'statement on', 'thread on', 'replied on', 'responded on', 'commented on', 'platform', 'social media platform', 'social network', 'social-media platform', 'followers on', 'account on', 'banned from', 'suspended from', 'owner of', 'owns', 'Musk-owned', 'now called', 'now known as', 'rebranded as'] },
    // The platform as a company: xAI merged with it in 2025.
    { all: [{ before: ['merged with', 'merge with', 'merger with', 'merging with', 'acquired', 'acquisition of'] }, { near: ['xAI', 'Grok', 'Musk'] }] },
  ],
};

/**
 * "Twitter" as part of the page rather than its story: a share or follow button, a row or
 * menu of social networks, a reporter's handle. A reader gains nothing from a card there.
 */
const TWITTER_AS_PAGE_CONTROL: Condition = {
  any: [
    { alone: true },
    { before: ['Share on', 'Share to', 'Share via', 'Follow on', 'Follow us on', 'Follow me on', 'Find us on', 'Join us on', 'Facebook', 'LinkedIn', 'WhatsApp', 'Instagram', 'Email'] },
    { after: ['@', ': @', 'Facebook', 'LinkedIn', 'WhatsApp', 'Instagram', 'YouTube', 'Pinterest', 'Reddit', 'Google+', 'Tumblr', 'RSS', 'Email'] },
  ],
};

export const companiesAndMedia: EntityRecord[] = [
  {
    id: 'tesla',
    name: 'Tesla',
    type: 'company',
    aliases: [
      // Owners' clubs and fan forums carry the name without being the company.
      { text: 'Tesla', unless: { any: [{ before: ['Nikola'] }, { after: ['coil', 'coils', 'unit', 'units', 'Owners Club', 'Motors Club', 'Club'] }] } },
      'Tesla Inc.',
      { text: 'Tesla Motors', unless: { after: ['Club'] } },
      '特斯拉',
    ],
    summary:
      'Elon Musk’s electric-vehicle company and a key player in China’s EV market. Its Shanghai Gigafactory, opened in 2019, was the first wholly foreign-owned car plant in China; Premier Li Qiang has praised it as a successful partnership.',
    facts: [{ label: '2019', value: 'Shanghai Gigafactory opened' }],
    related: ['tesla-shanghai', 'elon-musk', 'li-qiang'],
  },
  {
    id: 'tesla-shanghai',
    name: 'Tesla Gigafactory Shanghai',
    type: 'facility',
    aliases: [
      'Tesla Gigafactory Shanghai',
      'Gigafactory Shanghai',
      'Giga Shanghai',
      'Shanghai Gigafactory',
      // Tesla numbers its plants; the third is Shanghai's.
      'Gigafactory 3',
      ...phrases('Tesla{’s| Inc.’s|} Shanghai {plant|factory|facility|Gigafactory}'),
      ...phrases('Tesla{’s| Inc.’s|} {plant|factory|gigafactory} in Shanghai'),
      // Tesla's name for its plants; in a text about Tesla, the one in Shanghai is this one.
      ...phrases('{gigafactory in Shanghai|Shanghai gigafactory}', { when: { near: ['Tesla', 'Musk'] } }),
      'Tesla, established in Shanghai',
      '特斯拉上海超级工厂',
    ],
    summary:
      'Tesla’s car plant in Shanghai, opened in 2019: the first wholly foreign-owned car plant in China, held up as a successful model of U.S.–China cooperation.',
    facts: [
      { label: 'Opened', value: '2019' },
      { label: 'Status', value: 'First wholly foreign-owned car plant in China' },
    ],
    related: ['tesla', 'elon-musk', 'li-qiang'],
  },
  {
    id: 'spacex',
    name: 'SpaceX',
    type: 'company',
    aliases: ['SpaceX', 'Space Exploration Technologies'],
    summary: 'Musk’s rocket company, dominant in private space exploration, a field where China is racing to compete.',
    facts: [],
    related: ['elon-musk'],
  },
  {
    id: 'neuralink',
    name: 'Neuralink',
    type: 'company',
    aliases: ['Neuralink'],
    summary: 'Musk’s brain-computer interface venture, in a sector both countries view as strategically vital.',
    facts: [],
    related: ['elon-musk', 'xai'],
  },
  {
    id: 'xai',
    name: 'xAI',
    type: 'company',
    aliases: ['xAI'],
    summary: 'Musk’s artificial-intelligence company, in a sector both countries view as strategically vital.',
    facts: [],
    related: ['elon-musk', 'neuralink'],
  },
  {
    id: 'apple',
    name: 'Apple',
    type: 'company',
    aliases: [
      {
        text: 'Apple',
        when: { any: [{ seen: true }, { near: [...BUSINESS, 'Tim Cook', 'Cook', 'iPhone', 'iPhones', 'iPad', 'Mac', 'App Store', 'Foxconn', 'tech', 'technology', 'smartphone', 'smartphones', 'Microsoft', 'Google', 'Tesla', 'Blackstone', 'Nvidia'] }] },
        unless: { any: [{ before: ['Big', 'big'] }, { after: ['Daily', 'Valley', 'pie', 'pies', 'juice', 'tree', 'trees', 'orchard', 'orchards', 'cider'] }] },
      },
      'Apple Inc.',
      'Apple Inc',
      '苹果公司',
    ],
    summary: 'Technology company led by Tim Cook, named among the businesses whose leaders might help stabilise U.S.–China relations.',
    facts: [],
    related: ['tim-cook'],
  },
  {
    id: 'blackstone',
    name: 'Blackstone',
    type: 'company',
    aliases: [
      {
        text: 'Blackstone',
        when: { any: [{ seen: true }, { near: [...BUSINESS, 'Schwarzman', 'private equity', 'asset manager', 'real estate', 'buyout', 'Wall Street', 'Apple', 'Tim Cook', 'BlackRock', 'KKR', 'Carlyle', 'inflows', 'assets under management', 'earnings', 'fund', 'funds'] }] },
        // The river and its valley in New England keep the name, whatever the text said before.
        unless: { after: ['River', 'Valley', 'Canal'] },
      },
      'Blackstone Group',
      'Blackstone Inc.',
    ],
    summary: 'Investment firm led by Stephen Schwarzman, named among the businesses whose leaders might help stabilise U.S.–China relations.',
    facts: [],
    related: ['stephen-schwarzman'],
  },
  {
    id: 'x-twitter',
    name: 'X (formerly Twitter)',
    type: 'company',
    aliases: [
      { text: 'X', when: X_AS_PLATFORM },
      'X, formerly Twitter',
      'X (formerly Twitter)',
      'X, formerly known as Twitter',
      'X (formerly known as Twitter)',
      'X Corp',
      'X Corp.',
      { text: 'Twitter', unless: TWITTER_AS_PAGE_CONTROL },
    ],
    summary: 'The social platform formerly called Twitter, where Musk called Trump’s return to politics “divisive.”',
    facts: [],
    related: ['elon-musk', 'weibo', 'truth-social'],
  },
  {
    id: 'truth-social',
    name: 'Truth Social',
    type: 'company',
    aliases: [{ text: 'Truth Social', when: { any: [{ seen: true }, { near: MUSK_OR_TRUMP }, { before: ['on'] }] } }],
    summary: 'The social platform where Trump wrote that he and Xi Jinping could “solve many problems together.”',
    facts: [],
    related: ['donald-trump', 'x-twitter'],
  },
  {
    id: 'global-times',
    name: 'Global Times',
    type: 'media',
    aliases: [
      {
        text: 'Global Times',
        when: { any: [{ seen: true }, { near: ['China', 'Chinese', 'Beijing', 'state', 'state-run', 'state media', 'newspaper', 'tabloid', 'editorial', 'editorials', 'Communist', 'Xinhua', 'outlet', 'outlets', 'reported', 'People’s Daily', 'editor', 'Hu Xijin', 'nationalist', 'mouthpiece', 'commentary'] }] },
      },
      '环球时报',
    ],
    summary: 'Chinese state-run outlet; with Xinhua it praised Musk’s comments as “rational” and “forward-thinking.”',
    facts: [],
    related: ['xinhua', 'weibo', 'elon-musk'],
  },
  {
    id: 'xinhua',
    name: 'Xinhua',
    type: 'media',
    // 'Xinhua' (新华, "new China") also names streets, districts, bookshops and hospitals
    // across China: those are places, not the agency.
    aliases: [{ text: 'Xinhua', unless: { after: XINHUA_AS_PLACE } }, 'Xinhua News Agency', '新华社'],
    summary: 'Chinese state-run outlet; with the Global Times it was quick to praise Musk’s break with Trump.',
    facts: [],
    related: ['global-times', 'weibo'],
  },
  {
    id: 'weibo',
    name: 'Weibo',
    type: 'media',
    aliases: ['Weibo', 'Sina Weibo', '微博'],
    summary: 'China’s Twitter-like platform, whose users called Musk a “rare Western entrepreneur with vision.”',
    facts: [],
    related: ['x-twitter', 'global-times'],
  },
];
