// Most fixtures write their times as text ("Q3 2025"). A view's own bundle loads the reader of
// such times on first need (a chunk of its own) and draws a moment later; these tests check what
// the views draw, not that moment, so they hand the reader over at once, as the whole library's
// bundle does. The loading itself is tested in test/controllers/load-roadmap.test.ts and in
// src/components/roadmap-timeline/roadmap-timeline.test.ts.
import { useTimeTextReader } from '../src/controllers/load-roadmap.js';
import { parseTimeText } from '../src/model/time.js';

useTimeTextReader(parseTimeText);
