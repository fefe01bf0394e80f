import { chainAccess } from './chain-access';

// principal P → M → S → {Z1, Z2, A}; M → Q (ended supply); Z1 → X (a second tier below a zzp'er, for depth)
const links = [
  { fromPartyId: 'P', toPartyId: 'M' },
  { fromPartyId: 'M', toPartyId: 'S' },
  { fromPartyId: 'S', toPartyId: 'Z1' },
  { fromPartyId: 'S', toPartyId: 'Z2' },
  { fromPartyId: 'S', toPartyId: 'A' },
  { fromPartyId: 'M', toPartyId: 'Q' },
  { fromPartyId: 'Z1', toPartyId: 'X' },
];
const chain = { principalPartyId: 'P' };

describe('chainAccess', () => {
  it('shows the principal every tier, in engagement order', () => {
    expect(chainAccess(chain, links, 'P')).toEqual({
      chainExists: true,
      visible: true,
      isPrincipal: true,
      visiblePartyIds: ['P', 'M', 'S', 'Z1', 'Z2', 'A', 'Q', 'X'],
      subjectPartyIds: ['P', 'M', 'S', 'Z1', 'Z2', 'A', 'Q', 'X'],
    });
  });

  it('shows a mid-tier party both ends of its own links and everything below them, not its siblings', () => {
    expect(chainAccess(chain, links, 'S')).toEqual({
      chainExists: true,
      visible: true,
      isPrincipal: false,
      visiblePartyIds: ['M', 'S', 'Z1', 'Z2', 'A', 'X'],
      subjectPartyIds: ['S', 'Z1', 'Z2', 'A', 'X'],
    });
    expect(chainAccess(chain, links, 'M').visiblePartyIds).toEqual(['P', 'M', 'S', 'Z1', 'Z2', 'A', 'Q', 'X']);
  });

  it('shows a party at the bottom only itself and who engaged it', () => {
    expect(chainAccess(chain, links, 'Z2').visiblePartyIds).toEqual(['S', 'Z2']);
    expect(chainAccess(chain, links, 'Q').visiblePartyIds).toEqual(['M', 'Q']);
  });

  it('shows entries only about the viewer and the parties below it: its engager by name, not what its engager recorded', () => {
    expect(chainAccess(chain, links, 'Z2').subjectPartyIds).toEqual(['Z2']);
    expect(chainAccess(chain, links, 'Q').subjectPartyIds).toEqual(['Q']);
    expect(chainAccess(chain, links, 'M').subjectPartyIds).toEqual(['M', 'S', 'Z1', 'Z2', 'A', 'Q', 'X']);
  });

  it('shows an outsider nothing, and says whether the chain exists', () => {
    expect(chainAccess(chain, links, 'O')).toEqual({ chainExists: true, visible: false, isPrincipal: false, visiblePartyIds: [], subjectPartyIds: [] });
    expect(chainAccess(null, [], 'P')).toEqual({ chainExists: false, visible: false, isPrincipal: false, visiblePartyIds: [], subjectPartyIds: [] });
  });

  it('follows every path when a party holds several links in', () => {
    const twoParents = [...links, { fromPartyId: 'A', toPartyId: 'Z1' }];
    expect(chainAccess(chain, twoParents, 'A').visiblePartyIds).toEqual(['S', 'Z1', 'A', 'X']);
    expect(chainAccess(chain, twoParents, 'Z1').visiblePartyIds).toEqual(['S', 'Z1', 'A', 'X']);
  });

  it('shows a principal with no links only itself', () => {
    expect(chainAccess(chain, [], 'P').visiblePartyIds).toEqual(['P']);
    expect(chainAccess(chain, [], 'M').visible).toBe(false);
  });
});
