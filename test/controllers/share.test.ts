import { expect } from '@open-wc/testing';
import { decodeShareHash, encodeShareHash, MAX_HASH_LENGTH } from '../../src/embed/share.js';

describe('share links', () => {
  it('round-trips Markdown and JSON, with non-ASCII text, through a compressed hash', async () => {
    const md = '# Roadmap\n\n## Q3 2025 (Sep)\n\n- São Paulo region 🚀\n'.repeat(20);
    const hash = await encodeShareHash(md, 'md');
    expect(hash).to.match(/^md=[A-Za-z0-9_-]+$/);
    expect(hash.length).to.be.below(md.length);
    expect(await decodeShareHash(`#${hash}`)).to.deep.equal({ format: 'md', text: md });
    const json = JSON.stringify({ schemaVersion: '1.0', meta: { title: 'x' } });
    expect(await decodeShareHash(await encodeShareHash(json, 'json'))).to.deep.equal({ format: 'json', text: json });
  });

  it('ignores hashes without a roadmap', async () => {
    expect(await decodeShareHash('#view=timeline')).to.equal(undefined);
    expect(await decodeShareHash('')).to.equal(undefined);
  });

  it('says plainly when a link is damaged, empty or too long', async () => {
    const attempt = async (hash: string) => {
      try {
        await decodeShareHash(hash);
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(await attempt('#md=')).to.equal('the link holds an empty roadmap');
    expect(await attempt('#md=not*base64')).to.match(/damaged/);
    expect(await attempt('#md=AAAAAAAAAAAA')).to.match(/damaged/);
    expect(await attempt(`#json=${'A'.repeat(MAX_HASH_LENGTH + 1)}`)).to.match(/too long/);
  });
});
