console.log('leaf runs at turn', globalThis.turn);
