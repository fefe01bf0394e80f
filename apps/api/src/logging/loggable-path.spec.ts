import { loggablePath } from './request-logging.middleware';

describe('what a request log keeps of the path', () => {
  it("drops the query and a worker link's token", () => {
    expect(loggablePath('/graphql?x=1')).toBe('/graphql');
    expect(loggablePath('/w/eyJsIjoiYWJjIn0.c2lnbmF0dXJl?lang=pl')).toBe('/w/<token>');
    expect(loggablePath('/toolbox-sheet/a/b')).toBe('/toolbox-sheet/a/b');
  });
});
