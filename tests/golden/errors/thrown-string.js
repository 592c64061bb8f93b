console.log("throwing a string");
throw "text";
