//! Property access: [[Get]], [[Set]], [[DefineOwnProperty]], [[Delete]], [[HasProperty]]
//! and [[OwnPropertyKeys]] for ordinary objects and the exotic ones jsloop has (arrays,
//! string wrappers), plus object and array creation.

use super::{JsResult, Vm};
use crate::runtime::object::*;
use crate::runtime::{ObjRef, ObjectKind, Value};

/// A property descriptor as `Object.defineProperty` takes it: absent fields are `None`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub get: Option<Option<ObjRef>>,
    pub set: Option<Option<ObjRef>>,
    pub writable: Option<bool>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    pub fn data(value: Value, attrs: u8) -> Descriptor {
        Descriptor {
            value: Some(value),
            writable: Some(attrs & WRITABLE != 0),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Descriptor::default()
        }
    }

    fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
}

impl Vm {
    pub fn alloc_object(&mut self, proto: Option<ObjRef>, kind: ObjectKind) -> ObjRef {
        self.heap.alloc_object(JsObject::new(proto, kind))
    }

    /// `{}`
    pub fn new_object(&mut self) -> ObjRef {
        let proto = self.realm.object_prototype;
        self.alloc_object(Some(proto), ObjectKind::Ordinary)
    }

    /// An array holding `elements`.
    pub fn new_array(&mut self, elements: Vec<Value>) -> ObjRef {
        let proto = self.realm.array_prototype;
        let length = elements.len() as u32;
        self.alloc_object(
            Some(proto),
            ObjectKind::Array(ArrayData { elements, length }),
        )
    }

    /// The own property `key` of `o`, including the exotic ones (array `length`,
    /// string wrapper indices and `length`).
    pub fn get_own_property(&mut self, o: ObjRef, key: PropertyKey) -> Option<Property> {
        let obj = self.heap.obj(o);
        match (&obj.kind, key) {
            (ObjectKind::Array(a), PropertyKey::String(atom)) if self.is_length_atom(atom) => {
                let writable = if obj.props.get(&key).is_some_and(|p| !p.writable()) {
                    0
                } else {
                    WRITABLE
                };
                return Some(Property::data(Value::Number(a.length as f64), writable));
            }
            (ObjectKind::String(s), _) => {
                let s = *s;
                if let Some(p) = self.string_own_property(s, key) {
                    return Some(p);
                }
            }
            (ObjectKind::Arguments(Some(_)), PropertyKey::Index(i)) => {
                let mut p = obj.own(key)?;
                if let Some(v) = self.mapped_argument(o, i) {
                    p.slot = Slot::Data(v);
                }
                return Some(p);
            }
            _ => {}
        }
        self.heap.obj(o).own(key)
    }

    /// The parameter binding that index `i` of a mapped `arguments` object aliases.
    fn argument_binding(&self, o: ObjRef, i: u32) -> Option<(crate::runtime::EnvRef, u16)> {
        match &self.heap.obj(o).kind {
            ObjectKind::Arguments(Some(map)) => Some((map.env, (*map.slots.get(i as usize)?)?)),
            _ => None,
        }
    }

    /// The current value of the parameter that index `i` of `o` aliases, if mapped.
    fn mapped_argument(&self, o: ObjRef, i: u32) -> Option<Value> {
        let (env, slot) = self.argument_binding(o, i)?;
        Some(self.heap.env(env).slots[slot as usize])
    }

    /// Ends the link between index `i` of a mapped `arguments` object and its parameter.
    fn unmap_argument(&mut self, o: ObjRef, i: u32) {
        if let ObjectKind::Arguments(Some(map)) = &mut self.heap.obj_mut(o).kind
            && let Some(slot) = map.slots.get_mut(i as usize)
        {
            *slot = None;
        }
    }

    fn is_length_atom(&self, atom: crate::runtime::Atom) -> bool {
        atom == self.length_atom
    }

    /// A string's own `length` and index properties.
    pub fn string_own_property(
        &mut self,
        s: crate::runtime::StrRef,
        key: PropertyKey,
    ) -> Option<Property> {
        match key {
            PropertyKey::String(a) if a == self.length_atom => {
                let len = self.heap.string(s).len();
                Some(Property::data(Value::Number(len as f64), 0))
            }
            PropertyKey::Index(i) => {
                let units = self.heap.flatten(s);
                let c = *units.get(i as usize)?;
                let ch = self.heap.alloc_units(vec![c]);
                Some(Property::data(Value::String(ch), ENUMERABLE))
            }
            _ => None,
        }
    }

    /// [[Get]] on any value (primitives read from their prototype), with `receiver` as
    /// `this` for getters.
    #[inline(never)]
    pub fn get(&mut self, target: Value, key: PropertyKey) -> JsResult<Value> {
        let start = match target {
            Value::Object(o) => o,
            Value::String(s) => {
                if let Some(p) = self.string_own_property(s, key)
                    && let Slot::Data(v) = p.slot
                {
                    return Ok(v);
                }
                self.realm.string_prototype
            }
            Value::Number(_) => self.realm.number_prototype,
            Value::Bool(_) => self.realm.boolean_prototype,
            Value::Symbol(_) => self.realm.symbol_prototype,
            Value::Undefined | Value::Null | Value::Empty => {
                // V8 reports reading @@iterator from nothing as a failed iteration.
                if key == PropertyKey::Symbol(self.realm.symbol_iterator) {
                    return Err(self.not_iterable(target));
                }
                let what = if matches!(target, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                let name = self.key_text(key);
                return Err(self.type_error(format!(
                    "Cannot read properties of {what} (reading '{name}')"
                )));
            }
        };
        self.get_from(start, key, target)
    }

    /// [[Get]] starting the lookup at `o` with `receiver` as `this` for getters.
    pub fn get_from(&mut self, o: ObjRef, key: PropertyKey, receiver: Value) -> JsResult<Value> {
        if let PropertyKey::Private(_) = key {
            return self.get_private(receiver, key);
        }
        let mut cur = o;
        loop {
            let obj = self.heap.obj(cur);
            // Fast path: a plain data property in the map.
            let found = match (&obj.kind, key) {
                (ObjectKind::Ordinary | ObjectKind::Function(_) | ObjectKind::Native(_), _) => {
                    obj.props.get(&key).copied()
                }
                _ => self.get_own_property(cur, key),
            };
            if let Some(p) = found {
                return match p.slot {
                    Slot::Data(v) => Ok(v),
                    Slot::Accessor { get: Some(g), .. } => {
                        self.call(Value::Object(g), receiver, &[])
                    }
                    Slot::Accessor { get: None, .. } => Ok(Value::Undefined),
                };
            }
            match self.heap.obj(cur).proto {
                Some(p) => cur = p,
                None => return Ok(Value::Undefined),
            }
        }
    }

    /// `o[name]` for Rust text keys.
    pub fn get_named(&mut self, target: Value, name: &str) -> JsResult<Value> {
        let key = self.key(name);
        self.get(target, key)
    }

    /// The method `key` of `v` (GetMethod): `None` when undefined or null, a TypeError
    /// when not callable.
    pub fn get_method(&mut self, v: Value, key: PropertyKey) -> JsResult<Option<Value>> {
        let f = self.get(v, key)?;
        if f.is_nullish() {
            return Ok(None);
        }
        if !self.is_callable(f) {
            let name = self.key_text(key);
            return Err(self.type_error(format!("{name} is not a function")));
        }
        Ok(Some(f))
    }

    /// [[Set]]: assignment `target[key] = value`. Returns false when it failed in a way
    /// sloppy code ignores; strict callers throw (see `set_strict`).
    #[inline(never)]
    pub fn set(
        &mut self,
        target: Value,
        key: PropertyKey,
        value: Value,
        strict: bool,
    ) -> JsResult<()> {
        if let PropertyKey::Private(_) = key {
            return self.set_private(target, key, value);
        }
        let o = match target {
            Value::Object(o) => o,
            Value::Undefined | Value::Null | Value::Empty => {
                // V8 reports reading @@iterator from nothing as a failed iteration.
                if key == PropertyKey::Symbol(self.realm.symbol_iterator) {
                    return Err(self.not_iterable(target));
                }
                let what = if matches!(target, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                let name = self.key_text(key);
                return Err(self.type_error(format!(
                    "Cannot set properties of {what} (setting '{name}')"
                )));
            }
            _ => {
                // Primitives have no own properties to create; setters on the
                // prototype still run.
                let proto = self.to_object(target)?;
                let proto = self
                    .heap
                    .obj(proto)
                    .proto
                    .expect("primitive prototypes exist");
                if let Some(Slot::Accessor { set, .. }) =
                    self.find_property(proto, key).map(|p| p.slot)
                {
                    if let Some(s) = set {
                        self.call(Value::Object(s), target, &[value])?;
                    }
                    return Ok(());
                }
                if strict {
                    let name = self.key_text(key);
                    let shown = self.to_rust_string(target)?;
                    let ty = self.type_of(target);
                    return Err(self
                        .type_error(format!("Cannot create property '{name}' on {ty} '{shown}'")));
                }
                return Ok(());
            }
        };
        if !self.set_on(o, key, value, Value::Object(o))? && strict {
            let name = self.key_text(key);
            let found = self.find_property(o, key);
            if let Some(Property {
                slot: Slot::Accessor { set: None, .. },
                ..
            }) = found
            {
                let shown = self.describe_object(o);
                return Err(self.type_error(format!(
                    "Cannot set property {name} of {shown} which has only a getter"
                )));
            }
            if found.is_none() && !self.heap.obj(o).extensible {
                return Err(self.type_error(format!(
                    "Cannot add property {name}, object is not extensible"
                )));
            }
            let shown = if self.heap.obj(o).is_array() {
                "[object Array]".to_string()
            } else {
                self.describe_object(o)
            };
            return Err(self.type_error(format!(
                "Cannot assign to read only property '{name}' of object '{shown}'"
            )));
        }
        Ok(())
    }

    /// OrdinarySet on object `o` with `receiver`; false when not allowed.
    pub fn set_on(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        value: Value,
        receiver: Value,
    ) -> JsResult<bool> {
        // Fast path: an own writable data property of an ordinary object or an array
        // element.
        {
            let obj = self.heap.obj_mut(o);
            match (&mut obj.kind, key) {
                (ObjectKind::Array(a), PropertyKey::Index(i))
                    if (i as usize) < a.elements.len()
                        && !matches!(a.elements[i as usize], Value::Empty) =>
                {
                    a.elements[i as usize] = value;
                    return Ok(true);
                }
                (ObjectKind::Ordinary | ObjectKind::Function(_), _) => {
                    if let Some(p) = obj.props.get(&key)
                        && let Slot::Data(_) = p.slot
                    {
                        return Ok(obj.props.write_value(&key, value) == Some(true));
                    }
                }
                _ => {}
            }
        }
        let own = self.get_own_property(o, key);
        let found = match own {
            Some(p) => Some(p),
            None => match self.heap.obj(o).proto {
                Some(proto) => self.find_property(proto, key),
                None => None,
            },
        };
        match found.map(|p| (p.slot, p.attrs)) {
            Some((Slot::Accessor { set, .. }, _)) => match set {
                Some(s) => {
                    self.call(Value::Object(s), receiver, &[value])?;
                    Ok(true)
                }
                None => Ok(false),
            },
            Some((Slot::Data(_), attrs)) if attrs & WRITABLE == 0 => Ok(false),
            _ => {
                let Value::Object(r) = receiver else {
                    return Ok(false);
                };
                if own.is_some() && r == o {
                    return self.define_own_property(
                        o,
                        key,
                        Descriptor {
                            value: Some(value),
                            ..Descriptor::default()
                        },
                    );
                }
                if let Some(existing) = self.get_own_property(r, key) {
                    if matches!(existing.slot, Slot::Accessor { .. }) || !existing.writable() {
                        return Ok(false);
                    }
                    return self.define_own_property(
                        r,
                        key,
                        Descriptor {
                            value: Some(value),
                            ..Descriptor::default()
                        },
                    );
                }
                self.create_data_property(r, key, value)
            }
        }
    }

    /// The property `key` found on `o` or its prototypes.
    pub fn find_property(&mut self, o: ObjRef, key: PropertyKey) -> Option<Property> {
        let mut cur = o;
        loop {
            if let Some(p) = self.get_own_property(cur, key) {
                return Some(p);
            }
            cur = self.heap.obj(cur).proto?;
        }
    }

    /// CreateDataProperty: a new (or redefined) enumerable, writable, configurable
    /// data property. False when the object is not extensible or the property is not
    /// configurable.
    pub fn create_data_property(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        value: Value,
    ) -> JsResult<bool> {
        {
            let obj = self.heap.obj_mut(o);
            if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&mut obj.kind, key) {
                let i = i as usize;
                if i < a.elements.len() {
                    a.elements[i] = value;
                    return Ok(true);
                }
                // Appending (or filling a small gap) keeps the elements dense.
                if obj.extensible && i <= a.elements.len() + 1024 && !obj.props.contains_key(&key) {
                    let a = match &mut obj.kind {
                        ObjectKind::Array(a) => a,
                        _ => unreachable!(),
                    };
                    if a.length as usize <= i || (a.elements.len()..i).all(|_| true) {
                        a.elements.resize(i, Value::Empty);
                        a.elements.push(value);
                        a.length = a.length.max(i as u32 + 1);
                        return Ok(true);
                    }
                }
            }
            if let ObjectKind::Ordinary = obj.kind
                && obj.extensible
                && !obj.props.contains_key(&key)
            {
                obj.props.insert(key, Property::data(value, DEFAULT_ATTRS));
                return Ok(true);
            }
        }
        self.define_own_property(o, key, Descriptor::data(value, DEFAULT_ATTRS))
    }

    /// Defines a property that must succeed (built-in setup, literals); returns nothing.
    pub fn define_value(&mut self, o: ObjRef, key: PropertyKey, value: Value, attrs: u8) {
        let _ = self.define_own_property(o, key, Descriptor::data(value, attrs));
    }

    /// [[DefineOwnProperty]]: ValidateAndApplyPropertyDescriptor, with the exotic rules
    /// of arrays, string wrappers and mapped `arguments` objects.
    pub fn define_own_property(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        mut desc: Descriptor,
    ) -> JsResult<bool> {
        let PropertyKey::Index(i) = key else {
            return self.ordinary_define_own_property(o, key, desc);
        };
        let Some((env, slot)) = self.argument_binding(o, i) else {
            return self.ordinary_define_own_property(o, key, desc);
        };
        // 10.4.4.2: a mapped index made read-only keeps the parameter's current value.
        if !desc.is_accessor() && desc.value.is_none() && desc.writable == Some(false) {
            desc.value = Some(self.heap.env(env).slots[slot as usize]);
        }
        if !self.ordinary_define_own_property(o, key, desc)? {
            return Ok(false);
        }
        if desc.is_accessor() {
            self.unmap_argument(o, i);
        } else {
            if let Some(v) = desc.value {
                self.heap.env_mut(env).slots[slot as usize] = v;
            }
            if desc.writable == Some(false) {
                self.unmap_argument(o, i);
            }
        }
        Ok(true)
    }

    /// ValidateAndApplyPropertyDescriptor for ordinary objects, arrays and string
    /// wrappers.
    fn ordinary_define_own_property(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        desc: Descriptor,
    ) -> JsResult<bool> {
        if let (ObjectKind::Array(_), PropertyKey::String(a)) = (&self.heap.obj(o).kind, key)
            && a == self.length_atom
        {
            return self.define_array_length(o, desc);
        }
        if let (ObjectKind::String(s), _) = (&self.heap.obj(o).kind, key) {
            let s = *s;
            if self.string_own_property(s, key).is_some() {
                // Indices and length of a string wrapper are fixed.
                return Ok(desc.value.is_none_or(|_| false)
                    && !desc.is_accessor()
                    && desc.writable != Some(true));
            }
        }
        let current = self.get_own_property(o, key);
        let extensible = self.heap.obj(o).extensible;
        let new_prop = match current {
            None => {
                if !extensible {
                    return Ok(false);
                }
                let mut attrs = 0;
                if desc.enumerable == Some(true) {
                    attrs |= ENUMERABLE;
                }
                if desc.configurable == Some(true) {
                    attrs |= CONFIGURABLE;
                }
                if desc.is_accessor() {
                    Property {
                        slot: Slot::Accessor {
                            get: desc.get.flatten(),
                            set: desc.set.flatten(),
                        },
                        attrs,
                    }
                } else {
                    if desc.writable == Some(true) {
                        attrs |= WRITABLE;
                    }
                    Property::data(desc.value.unwrap_or(Value::Undefined), attrs)
                }
            }
            Some(cur) => {
                if !cur.configurable() {
                    if desc.configurable == Some(true) {
                        return Ok(false);
                    }
                    if desc.enumerable.is_some_and(|e| e != cur.enumerable()) {
                        return Ok(false);
                    }
                    match cur.slot {
                        Slot::Data(v) => {
                            if desc.is_accessor() {
                                return Ok(false);
                            }
                            if !cur.writable() {
                                if desc.writable == Some(true) {
                                    return Ok(false);
                                }
                                if let Some(nv) = desc.value
                                    && !self.same_value(nv, v)
                                {
                                    return Ok(false);
                                }
                            }
                        }
                        Slot::Accessor { get, set } => {
                            if desc.value.is_some() || desc.writable.is_some() {
                                return Ok(false);
                            }
                            if desc.get.is_some_and(|g| g != get)
                                || desc.set.is_some_and(|s| s != set)
                            {
                                return Ok(false);
                            }
                        }
                    }
                }
                let mut attrs = cur.attrs;
                if let Some(e) = desc.enumerable {
                    attrs = if e {
                        attrs | ENUMERABLE
                    } else {
                        attrs & !ENUMERABLE
                    };
                }
                if let Some(c) = desc.configurable {
                    attrs = if c {
                        attrs | CONFIGURABLE
                    } else {
                        attrs & !CONFIGURABLE
                    };
                }
                let slot = match cur.slot {
                    Slot::Data(v) if desc.is_accessor() => {
                        let _ = v;
                        attrs &= !WRITABLE;
                        Slot::Accessor {
                            get: desc.get.flatten(),
                            set: desc.set.flatten(),
                        }
                    }
                    Slot::Accessor { get, set }
                        if !desc.is_accessor()
                            && (desc.value.is_some() || desc.writable.is_some()) =>
                    {
                        let _ = (get, set);
                        attrs &= !WRITABLE;
                        if desc.writable == Some(true) {
                            attrs |= WRITABLE;
                        }
                        Slot::Data(desc.value.unwrap_or(Value::Undefined))
                    }
                    Slot::Data(v) => {
                        if let Some(w) = desc.writable {
                            attrs = if w {
                                attrs | WRITABLE
                            } else {
                                attrs & !WRITABLE
                            };
                        }
                        Slot::Data(desc.value.unwrap_or(v))
                    }
                    Slot::Accessor { get, set } => Slot::Accessor {
                        get: desc.get.unwrap_or(get),
                        set: desc.set.unwrap_or(set),
                    },
                };
                Property { slot, attrs }
            }
        };
        self.store_property(o, key, new_prop);
        Ok(true)
    }

    /// Writes a validated property, keeping array elements dense where possible.
    fn store_property(&mut self, o: ObjRef, key: PropertyKey, prop: Property) {
        let obj = self.heap.obj_mut(o);
        if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&mut obj.kind, key) {
            let idx = i as usize;
            let plain = prop.attrs == DEFAULT_ATTRS && matches!(prop.slot, Slot::Data(_));
            if plain
                && idx <= a.elements.len() + 1024
                && !obj.props.contains_key(&key)
                && let Slot::Data(v) = prop.slot
            {
                if idx >= a.elements.len() {
                    a.elements.resize(idx + 1, Value::Empty);
                }
                a.elements[idx] = v;
                a.length = a.length.max(i + 1);
                return;
            }
            // A non-default property: move the element out of the dense part.
            if idx < a.elements.len() {
                a.elements[idx] = Value::Empty;
            }
            a.length = a.length.max(i + 1);
        }
        obj.props.insert(key, prop);
    }

    /// ArraySetLength
    fn define_array_length(&mut self, o: ObjRef, desc: Descriptor) -> JsResult<bool> {
        let key = PropertyKey::String(self.length_atom);
        let frozen_length = self
            .heap
            .obj(o)
            .props
            .get(&key)
            .is_some_and(|p| !p.writable());
        if desc.is_accessor() || desc.configurable == Some(true) || desc.enumerable == Some(true) {
            return Ok(false);
        }
        if let Some(v) = desc.value {
            let n = self.to_number(v)?;
            let len = n as u32;
            if len as f64 != n {
                return Err(self.range_error("Invalid array length"));
            }
            if frozen_length {
                let cur = self.heap.obj(o).array().map_or(0, |a| a.length);
                return Ok(cur == len);
            }
            self.set_array_length(o, len);
        }
        if desc.writable == Some(false) {
            self.heap
                .obj_mut(o)
                .props
                .insert(key, Property::data(Value::Undefined, 0));
        } else if desc.writable == Some(true) && frozen_length {
            return Ok(false);
        }
        Ok(true)
    }

    /// Sets an array's length, dropping elements past it.
    pub fn set_array_length(&mut self, o: ObjRef, len: u32) {
        let obj = self.heap.obj_mut(o);
        if let ObjectKind::Array(a) = &mut obj.kind {
            if (len as usize) < a.elements.len() {
                a.elements.truncate(len as usize);
            }
            a.length = len;
            if obj
                .props
                .keys()
                .any(|k| matches!(k, PropertyKey::Index(i) if *i >= len))
            {
                obj.props
                    .retain(|k, _| !matches!(k, PropertyKey::Index(i) if *i >= len));
            }
        }
    }

    /// [[Delete]]: false when the property is not configurable.
    pub fn delete_property(&mut self, o: ObjRef, key: PropertyKey) -> bool {
        let Some(p) = self.get_own_property(o, key) else {
            return true;
        };
        if !p.configurable() {
            return false;
        }
        let obj = self.heap.obj_mut(o);
        if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&mut obj.kind, key)
            && let Some(slot) = a.elements.get_mut(i as usize)
        {
            *slot = Value::Empty;
            return true;
        }
        obj.props.shift_remove(&key);
        if let PropertyKey::Index(i) = key {
            self.unmap_argument(o, i);
        }
        true
    }

    /// [[HasProperty]]
    pub fn has_property(&mut self, o: ObjRef, key: PropertyKey) -> bool {
        self.find_property(o, key).is_some()
    }

    /// [[OwnPropertyKeys]]
    pub fn own_keys(&mut self, o: ObjRef) -> Vec<PropertyKey> {
        let obj = self.heap.obj(o);
        let mut keys = obj.own_keys();
        match &obj.kind {
            ObjectKind::Array(_) => {
                let at = keys
                    .iter()
                    .position(|k| !matches!(k, PropertyKey::Index(_)))
                    .unwrap_or(keys.len());
                let length = PropertyKey::String(self.length_atom);
                if !keys.contains(&length) {
                    keys.insert(at, length);
                }
            }
            ObjectKind::String(s) => {
                let len = self.heap.string(*s).len();
                let mut front: Vec<PropertyKey> = (0..len as u32).map(PropertyKey::Index).collect();
                front.extend(keys);
                let at = front
                    .iter()
                    .position(|k| !matches!(k, PropertyKey::Index(_)))
                    .unwrap_or(front.len());
                front.insert(at, PropertyKey::String(self.length_atom));
                keys = front;
            }
            _ => {}
        }
        keys
    }

    /// Defines a data property with Rust-text key (built-in setup).
    pub fn define_named(&mut self, o: ObjRef, name: &str, value: Value, attrs: u8) {
        let key = self.key(name);
        self.define_value(o, key, value, attrs);
    }

    /// Defines an accessor property (built-in setup).
    pub fn define_accessor(
        &mut self,
        o: ObjRef,
        key: PropertyKey,
        get: Option<ObjRef>,
        set: Option<ObjRef>,
        attrs: u8,
    ) {
        let desc = Descriptor {
            get: Some(get),
            set: Some(set),
            enumerable: Some(attrs & ENUMERABLE != 0),
            configurable: Some(attrs & CONFIGURABLE != 0),
            ..Descriptor::default()
        };
        let _ = self.define_own_property(o, key, desc);
    }

    /// The array's elements as values (holes read through the prototype chain) when
    /// `o` is an array, for fast paths.
    pub fn array_length(&self, o: ObjRef) -> Option<u32> {
        self.heap.obj(o).array().map(|a| a.length)
    }

    /// LengthOfArrayLike
    pub fn length_of(&mut self, o: Value) -> JsResult<u64> {
        if let Value::Object(obj) = o
            && let Some(len) = self.array_length(obj)
        {
            return Ok(len as u64);
        }
        let key = PropertyKey::String(self.length_atom);
        let v = self.get(o, key)?;
        let n = self.to_integer(v)?;
        Ok(n.clamp(0.0, 9007199254740991.0) as u64)
    }

    /// The key for an index that may exceed the array-index range.
    pub fn index_key(&mut self, i: u64) -> PropertyKey {
        if i < u32::MAX as u64 {
            PropertyKey::Index(i as u32)
        } else {
            self.key(&i.to_string())
        }
    }

    /// CreateListFromArrayLike
    pub fn array_like_to_vec(&mut self, v: Value) -> JsResult<Vec<Value>> {
        let Value::Object(o) = v else {
            return Err(self.type_error("CreateListFromArrayLike called on non-object"));
        };
        if let Some(a) = self.heap.obj(o).array()
            && a.elements.len() == a.length as usize
        {
            return Ok(a.elements.iter().map(|v| v.or_undefined()).collect());
        }
        let len = self.length_of(v)?;
        let mut out = Vec::with_capacity(len.min(1 << 16) as usize);
        for i in 0..len {
            let key = self.index_key(i);
            out.push(self.get(v, key)?);
        }
        Ok(out)
    }

    /// PrivateGet: an own private member, or a TypeError when the object lacks it.
    fn get_private(&mut self, target: Value, key: PropertyKey) -> JsResult<Value> {
        let found = match target {
            Value::Object(o) => self.heap.obj(o).props.get(&key).copied(),
            _ => None,
        };
        match found.map(|p| p.slot) {
            Some(Slot::Data(v)) => Ok(v),
            Some(Slot::Accessor { get: Some(g), .. }) => self.call(Value::Object(g), target, &[]),
            Some(Slot::Accessor { get: None, .. }) => {
                let name = self.key_text(key);
                Err(self.type_error(format!("'{name}' was defined without a getter")))
            }
            None => {
                let name = self.key_text(key);
                Err(self.type_error(format!(
                    "Cannot read private member {name} from an object whose class did not declare it"
                )))
            }
        }
    }

    /// PrivateSet: fields are writable, methods are not, accessors need a setter.
    fn set_private(&mut self, target: Value, key: PropertyKey, value: Value) -> JsResult<()> {
        let found = match target {
            Value::Object(o) => self.heap.obj(o).props.get(&key).copied().map(|p| (o, p)),
            _ => None,
        };
        let name = self.key_text(key);
        match found {
            Some((o, p)) => match p.slot {
                Slot::Data(_) if p.writable() => {
                    self.heap
                        .obj_mut(o)
                        .props
                        .insert(key, Property::data(value, p.attrs));
                    Ok(())
                }
                Slot::Data(_) => {
                    Err(self.type_error(format!("Private method '{name}' is not writable")))
                }
                Slot::Accessor { set: Some(s), .. } => {
                    self.call(Value::Object(s), target, &[value])?;
                    Ok(())
                }
                Slot::Accessor { set: None, .. } => {
                    Err(self.type_error(format!("'{name}' was defined without a setter")))
                }
            },
            None => Err(self.type_error(format!(
                "Cannot write private member {name} to an object whose class did not declare it"
            ))),
        }
    }
}
