console.log("before");
ÿ
