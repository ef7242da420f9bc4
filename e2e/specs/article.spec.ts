// Finding the article: for every fixture layout, the extension reads exactly the headline and
// the body paragraphs (pages.json is the answer key; the extension never sees bodySelector).
import { test, expect } from '../harness/fixture';
import { fixturePages } from '../harness/routes';
import { ContentMessenger } from '../harness/messages';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const page of fixturePages()) {
  test(`article blocks of ${page.file} are its headline and body paragraphs`, async ({ ext, tabs }) => {
    const tab = await ext.open(page.url);
    tabs.push(tab);
    await tab.waitFor(() => document.documentElement.hasAttribute('data-archyde-annotator'));
    const m = await ContentMessenger.open(ext);
    tabs.push(m.tab);
    const article = await m.send(page.url, 'page/article', null);
    expect(article.blocks.map(squash)).toEqual([page.headline, ...page.bodyParagraphs].map(squash));
    const all = article.blocks.join('\n');
    for (const name of [...page.outsideNames, ...((page as { nonBodyNamesInsideArticle?: string[] }).nonBodyNamesInsideArticle ?? [])]) {
      // a name may legitimately occur in the body too; only names absent from the answer key must be absent here
      if ([page.headline, ...page.bodyParagraphs].some((p) => p.includes(name))) continue;
      expect(all, `${name} is not article text`).not.toContain(name);
    }
  });
}
