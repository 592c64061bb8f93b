console.log("log goes to stdout");
console.info("info goes to stdout");
console.debug("debug goes to stdout");
console.info("info formats too: %d items", 3, { k: "v" });
console.debug(["debug", "array"]);
