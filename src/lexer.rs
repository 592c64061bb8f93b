//! Tokens: the logos lexer plus the token adapter (regex vs `/`, templates, ASI hints).
