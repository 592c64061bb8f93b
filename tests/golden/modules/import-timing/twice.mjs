console.log('twice runs at turn', globalThis.turn);
