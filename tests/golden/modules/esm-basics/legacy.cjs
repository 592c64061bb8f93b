exports.added = 'by exports';
exports.other = 2;
