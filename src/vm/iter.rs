//! The iteration protocol (GetIterator, IteratorStep, IteratorClose) with a fast path
//! for arrays and strings whose iterators are unmodified, and for-in enumeration.

use super::{JsError, JsResult, Vm};
use crate::runtime::object::*;
use crate::runtime::{ObjRef, ObjectKind, Value};

impl Vm {
    /// GetIterator(v, sync): the iterator object and its `next` method.
    pub fn get_iterator(&mut self, v: Value) -> JsResult<(Value, Value)> {
        self.get_iterator_or(v, |vm| vm.not_iterable(v))
    }

    /// GetIterator(v, sync), with `not_iterable` making the TypeError for a value
    /// without an @@iterator method (an iteration site words it from its source text).
    pub fn get_iterator_or(
        &mut self,
        v: Value,
        not_iterable: impl FnOnce(&mut Self) -> JsError,
    ) -> JsResult<(Value, Value)> {
        let key = PropertyKey::Symbol(self.realm.symbol_iterator);
        let method = if v.is_nullish() {
            Value::Undefined
        } else {
            self.get(v, key)?
        };
        if !self.is_callable(method) {
            return Err(not_iterable(self));
        }
        let iter = self.call(method, v, &[])?;
        if !matches!(iter, Value::Object(_)) {
            return Err(self.type_error("Result of the Symbol.iterator method is not an object"));
        }
        let next_key = self.key("next");
        let next = self.get(iter, next_key)?;
        Ok((iter, next))
    }

    /// V8's TypeError for a value without an @@iterator method where no source text
    /// names it: the value's type, and the value itself for primitives.
    pub fn not_iterable(&mut self, v: Value) -> JsError {
        let shown = self.default_call_site(v);
        self.type_error(format!(
            "{shown} is not iterable (cannot read property Symbol(Symbol.iterator))"
        ))
    }

    /// GetIterator(v, async): the iterator and its `next`; a sync iterator is wrapped
    /// by CreateAsyncFromSyncIterator. `not_iterable` makes the TypeError for a value
    /// with neither iterator method.
    pub fn get_async_iterator(
        &mut self,
        v: Value,
        not_iterable: impl FnOnce(&mut Self) -> JsError,
    ) -> JsResult<(Value, Value)> {
        let key = PropertyKey::Symbol(self.realm.symbol_async_iterator);
        let method = if v.is_nullish() {
            Value::Undefined
        } else {
            self.get(v, key)?
        };
        if method.is_nullish() {
            let (iterator, next) = self.get_iterator_or(v, not_iterable)?;
            let proto = self.realm.async_from_sync_iterator_prototype;
            let wrapper = self.alloc_object(
                Some(proto),
                ObjectKind::AsyncFromSyncIterator { iterator, next },
            );
            let next = self.get_named(Value::Object(wrapper), "next")?;
            return Ok((Value::Object(wrapper), next));
        }
        if !self.is_callable(method) {
            return Err(not_iterable(self));
        }
        let iter = self.call(method, v, &[])?;
        if !matches!(iter, Value::Object(_)) {
            return Err(
                self.type_error("Result of the Symbol.asyncIterator method is not an object")
            );
        }
        let next = self.get_named(iter, "next")?;
        Ok((iter, next))
    }

    /// IteratorStep + IteratorValue: the next value, or `None` when done.
    pub fn iterator_step(&mut self, iter: Value, next: Value) -> JsResult<Option<Value>> {
        if let (Value::Object(it), Value::Object(n)) = (iter, next)
            && n == self.realm.array_iterator_next
            && let ObjectKind::ArrayIterator(_) = self.heap.obj(it).kind
        {
            return self.array_iterator_step(it);
        }
        let result = self.call_next(iter, next)?;
        if !matches!(result, Value::Object(_)) {
            return Err(self.not_an_iterator_result(result));
        }
        let done_key = self.key("done");
        let done = self.get(result, done_key)?;
        if self.to_boolean(done) {
            return Ok(None);
        }
        let value_key = self.key("value");
        Ok(Some(self.get(result, value_key)?))
    }

    /// Calls an iterator's `next`; one that is not callable is named as V8 names it.
    pub fn call_next(&mut self, iter: Value, next: Value) -> JsResult<Value> {
        if !self.is_callable(next) {
            let shown = self.default_call_site(next);
            return Err(self.type_error(format!("{shown} is not a function")));
        }
        self.call(next, iter, &[])
    }

    /// One step of an Array Iterator without allocating a result object.
    pub fn array_iterator_step(&mut self, it: ObjRef) -> JsResult<Option<Value>> {
        let ObjectKind::ArrayIterator(data) = &self.heap.obj(it).kind else {
            unreachable!("checked by the caller");
        };
        let (Some(target), index, kind) = (data.target, data.next, data.kind) else {
            return Ok(None);
        };
        let len = match &self.heap.obj(target).kind {
            ObjectKind::Array(a) => a.length as u64,
            // A typed array's length is read from its buffer, which must still hold it.
            ObjectKind::TypedArray(_) => {
                match crate::builtins::binary::typed_array_length(self, target) {
                    Some(len) => len as u64,
                    None => {
                        return Err(self.type_error(
                            "Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer",
                        ));
                    }
                }
            }
            _ => self.length_of(Value::Object(target))?,
        };
        let ObjectKind::ArrayIterator(data) = &mut self.heap.obj_mut(it).kind else {
            unreachable!()
        };
        if index as u64 >= len {
            data.target = None;
            return Ok(None);
        }
        data.next = index + 1;
        let value = match kind {
            IterKind::Keys => Value::Number(index as f64),
            // An element in an array's vector is a plain data property: read directly.
            IterKind::Values => match self.heap.obj(target).array() {
                Some(a) if !matches!(a.elements.get(index as usize), None | Some(Value::Empty)) => {
                    a.elements[index as usize]
                }
                _ => self.get(Value::Object(target), PropertyKey::Index(index))?,
            },
            IterKind::Entries => {
                let v = self.get(Value::Object(target), PropertyKey::Index(index))?;
                Value::Object(self.new_array(vec![Value::Number(index as f64), v]))
            }
        };
        Ok(Some(value))
    }

    /// IteratorClose for a normal completion: calls `return` if there is one.
    pub fn iterator_close(&mut self, iter: Value) -> JsResult<()> {
        if let Value::Object(o) = iter
            && let ObjectKind::ArrayIterator(_) = self.heap.obj(o).kind
        {
            return Ok(());
        }
        let key = self.key("return");
        let ret = self.get(iter, key)?;
        if ret.is_nullish() {
            return Ok(());
        }
        let result = self.call(ret, iter, &[])?;
        if !matches!(result, Value::Object(_)) {
            return Err(self.type_error("Iterator result is not an object"));
        }
        Ok(())
    }

    /// The TypeError for an iterator result `v` that is not an object.
    pub fn not_an_iterator_result(&mut self, v: Value) -> JsError {
        let shown = self.describe_for_error(v);
        self.type_error(format!("Iterator result {shown} is not an object"))
    }

    /// IteratorClose with a throw completion: calls `return` if there is one and
    /// ignores what it does (the pending throw wins).
    pub fn iterator_close_on_throw(&mut self, iter: Value) {
        let key = self.key("return");
        if let Ok(ret) = self.get(iter, key)
            && !ret.is_nullish()
        {
            let _ = self.call(ret, iter, &[]);
        }
    }

    /// All values of an iterable (spread, Array.from).
    pub fn iterate_to_vec(&mut self, v: Value) -> JsResult<Vec<Value>> {
        self.iterate_to_vec_or(v, |vm| vm.not_iterable(v))
    }

    /// `iterate_to_vec` with the TypeError for a value that is not iterable made by
    /// `not_iterable`.
    pub fn iterate_to_vec_or(
        &mut self,
        v: Value,
        not_iterable: impl FnOnce(&mut Self) -> JsError,
    ) -> JsResult<Vec<Value>> {
        // Fast path: a plain array with the built-in iterator.
        if let Value::Object(o) = v
            && self.has_builtin_array_iteration(o)
        {
            let a = self.heap.obj(o).array().expect("checked");
            if a.elements.len() == a.length as usize && !a.elements.contains(&Value::Empty) {
                return Ok(a.elements.clone());
            }
        }
        let (iter, next) = self.get_iterator_or(v, not_iterable)?;
        let mut out = Vec::new();
        while let Some(x) = self.iterator_step(iter, next)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `o` is an array whose iteration is the unmodified built-in one.
    fn has_builtin_array_iteration(&mut self, o: ObjRef) -> bool {
        let obj = self.heap.obj(o);
        if !obj.is_array() || obj.proto != Some(self.realm.array_prototype) {
            return false;
        }
        let key = PropertyKey::Symbol(self.realm.symbol_iterator);
        if obj.props.contains_key(&key) {
            return false;
        }
        let values = self
            .heap
            .obj(self.realm.array_prototype)
            .props
            .get(&key)
            .map(|p| p.slot);
        let next_key = self.key("next");
        let next = self
            .heap
            .obj(self.realm.array_iterator_prototype)
            .props
            .get(&next_key)
            .map(|p| p.slot);
        values == Some(Slot::Data(Value::Object(self.realm.array_values)))
            && next == Some(Slot::Data(Value::Object(self.realm.array_iterator_next)))
    }

    /// The for-in key list of `v`: enumerable string keys of it and its prototypes, each
    /// name once, in property order (EnumerateObjectProperties). As in V8, a proxy's
    /// keys are all taken from its `ownKeys` trap and their enumerability is asked of
    /// it (`getOwnPropertyDescriptor`) when the loop reaches them.
    pub fn for_in_iterator(&mut self, v: Value) -> JsResult<ObjRef> {
        let mut keys = Vec::new();
        let object = if v.is_nullish() {
            self.new_object()
        } else {
            self.to_object(v)?
        };
        let mut seen = std::collections::HashSet::new();
        let mut cur = Some(object);
        while let Some(o) = cur {
            let proxy = matches!(self.heap.obj(o).kind, ObjectKind::Proxy(_));
            for k in self.own_keys(o)? {
                if matches!(k, PropertyKey::Symbol(_)) || !seen.insert(k) {
                    continue;
                }
                if proxy || self.get_own_property(o, k)?.is_some_and(|p| p.enumerable()) {
                    keys.push(self.key_to_value(k));
                }
            }
            cur = self.get_prototype_of(o)?;
        }
        let proto = self.realm.object_prototype;
        Ok(self.alloc_object(
            Some(proto),
            ObjectKind::ForIn {
                keys,
                next: 0,
                object,
            },
        ))
    }

    /// The next key of a for-in iterator still present on the object.
    #[inline(never)]
    pub fn for_in_next(&mut self, it: ObjRef) -> JsResult<Option<Value>> {
        loop {
            let ObjectKind::ForIn { keys, next, object } = &mut self.heap.obj_mut(it).kind else {
                unreachable!("for_in_next on a for-in iterator");
            };
            let Some(&key) = keys.get(*next) else {
                return Ok(None);
            };
            *next += 1;
            let object = *object;
            let k = self.to_property_key(key)?;
            if self.for_in_visible(object, k)? {
                return Ok(Some(key));
            }
        }
    }

    /// Whether a for-in loop over `object` still visits `key`: some object on its
    /// chain has it, and when that is a proxy, its descriptor says enumerable (V8's
    /// HasEnumerableProperty).
    fn for_in_visible(&mut self, object: ObjRef, key: PropertyKey) -> JsResult<bool> {
        let mut cur = object;
        loop {
            if let ObjectKind::Proxy(_) = self.heap.obj(cur).kind {
                if let Some(p) = self.get_own_property(cur, key)? {
                    return Ok(p.enumerable());
                }
            } else if self.get_own_property(cur, key)?.is_some() {
                return Ok(true);
            }
            match self.get_prototype_of(cur)? {
                Some(p) => cur = p,
                None => return Ok(false),
            }
        }
    }
}
