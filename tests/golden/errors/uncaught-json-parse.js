const config = '{"port": 80,}';
JSON.parse(config);
