// What `import()` runs: the steps of Node's ES module loader between the call and
// the module's body (lib/internal/modules/esm/utils.js importModuleDynamicallyCallback,
// loader.js ModuleLoader.import, module_job.js ModuleJob), each an async function
// here as there. Resolving, reading and parsing the graph happen at once, as Node 24
// does them without loader hooks; the body runs, and the promise settles, after as
// many microtasks as in Node, so the order of `import()` against the caller's
// promises, ticks and timers is Node's.
'use strict';

const {
  Promise,
  then,
  prepare,
  dependencies,
  isInstantiated,
  instantiate,
  evaluate,
  namespace,
} = require('internal/modules/esm');

const resolved = new Promise((resolve) => resolve());

// One job per module, as the loader's cache has them: its dependencies' jobs and the
// promise of the instantiation of its graph.
const jobs = [];

function jobOf(m) {
  let job = jobs[m];
  if (job !== undefined) {
    return job;
  }
  // A module of a graph already instantiated (the main module's, or one an earlier
  // import finished) has nothing left to wait for.
  job = {
    __proto__: null,
    module: m,
    linked: undefined,
    instantiated: isInstantiated(m) ? resolved : undefined,
    visit: undefined,
  };
  jobs[m] = job;
  const deps = dependencies(m);
  const linked = [];
  for (let i = 0; i < deps.length; i++) {
    linked[i] = jobOf(deps[i]);
  }
  job.linked = linked;
  return job;
}

// ModuleLoader.getOrCreateModuleJob: resolve, read, parse and link the graph.
// Node's resolver is ten frames deep, so its errors show none of the caller's frames
// and name their code on the first line.
function getOrCreateModuleJob(specifier, referrer) {
  let m;
  try {
    m = prepare(specifier, referrer);
  } catch (e) {
    if (typeof e === 'object' && e !== null && typeof e.code === 'string' &&
        e.code.startsWith('ERR_')) {
      e.stack = `${e.name} [${e.code}]: ${e.message}`;
    }
    throw e;
  }
  return jobOf(m);
}

// SafePromiseAllReturnVoid (lib/internal/per_context/primordials.js).
function allVoid(items, mapFn) {
  return new Promise((resolve, reject) => {
    let pending = items.length;
    if (pending === 0) {
      resolve();
    }
    const onFulfilled = () => {
      if (--pending === 0) {
        resolve();
      }
    };
    for (let i = 0; i < items.length; i++) {
      then(mapFn(items[i], i), onFulfilled, reject);
    }
  });
}

// ModuleJob.#asyncInstantiate: walk the graph, then instantiate it.
async function asyncInstantiate(job) {
  const token = {};
  const inGraph = [];
  const addJobsToDependencyGraph = async (j) => {
    if (j.visit === token) {
      return;
    }
    j.visit = token;
    inGraph[inGraph.length] = j;
    return allVoid(j.linked, addJobsToDependencyGraph);
  };
  await addJobsToDependencyGraph(job);
  instantiate(job.module);
  for (let i = 0; i < inGraph.length; i++) {
    inGraph[i].instantiated = resolved;
  }
}

// ModuleJob.run
async function run(job) {
  if (job.instantiated === undefined) {
    job.instantiated = asyncInstantiate(job);
  }
  await job.instantiated;
  await evaluate(job.module);
  return job.module;
}

// ModuleLoader.import: `tracePromise` calls the inner function and returns its
// promise.
async function loaderImport(specifier, referrer) {
  return (async () => {
    const job = await getOrCreateModuleJob(specifier, referrer);
    const m = await run(job);
    return namespace(m);
  })();
}

// `-e` code and stdin import through a function of their own
// (lib/internal/process/execution.js compileScript), which the vm module wraps
// (lib/internal/vm/module.js importModuleDynamicallyWrap).
async function evalImport(specifier, referrer) {
  return loaderImport(specifier, referrer);
}

async function evalImportWrapper(specifier, referrer) {
  const m = await evalImport(specifier, referrer);
  return m;
}

// importModuleDynamicallyCallback
module.exports = async function importModuleDynamically(specifier, referrer, fromEval) {
  if (fromEval) {
    return evalImportWrapper(specifier, referrer);
  }
  return loaderImport(specifier, referrer);
};
