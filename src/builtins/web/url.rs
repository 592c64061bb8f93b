//! The natives under URL and URLSearchParams (`url.js`): the WHATWG URL parser, its
//! setters and the application/x-www-form-urlencoded parser and serializer, from the
//! `url` crate. A URL crosses to JavaScript as the array of its parts (href, origin,
//! protocol, username, password, host, hostname, port, pathname, search, hash); the
//! strings arrive as USVStrings (lone surrogates become U+FFFD).

use crate::builtins::{arg, method};
use crate::runtime::{PropertyKey, Value};
use crate::vm::{JsResult, Vm};
use url::{Url, quirks};

/// The parts of `url`, in the order `url.js` reads them.
fn parts(vm: &mut Vm, url: &Url) -> Value {
    let texts = [
        quirks::href(url).to_string(),
        quirks::origin(url),
        quirks::protocol(url).to_string(),
        quirks::username(url).to_string(),
        quirks::password(url).to_string(),
        quirks::host(url).to_string(),
        quirks::hostname(url).to_string(),
        quirks::port(url).to_string(),
        quirks::pathname(url).to_string(),
        quirks::search(url).to_string(),
        quirks::hash(url).to_string(),
    ];
    let values = texts
        .iter()
        .map(|t| Value::String(vm.heap.alloc_str(t)))
        .collect();
    Value::Object(vm.new_array(values))
}

/// `input` parsed against `base` (a string, or undefined for none).
fn parse(vm: &mut Vm, input: Value, base: Value) -> JsResult<Option<Url>> {
    let input = vm.to_rust_string(input)?;
    let base = match base {
        Value::Undefined => None,
        b => match Url::parse(&vm.to_rust_string(b)?) {
            Ok(url) => Some(url),
            Err(_) => return Ok(None),
        },
    };
    Ok(Url::options().base_url(base.as_ref()).parse(&input).ok())
}

pub fn internals(vm: &mut Vm) -> JsResult<Value> {
    let o = vm.new_object();
    // parse(input, base): the parts, or null for a failure.
    method(vm, o, "parse", 2, |vm, _, args| {
        Ok(match parse(vm, arg(args, 0), arg(args, 1))? {
            Some(url) => parts(vm, &url),
            None => Value::Null,
        })
    });
    // set(href, setter, value): the parts after the URL standard's setter ran (a
    // setter given a value it cannot take leaves the URL as it was).
    method(vm, o, "set", 3, |vm, _, args| {
        let href = vm.to_rust_string(arg(args, 0))?;
        let setter = vm.to_rust_string(arg(args, 1))?;
        let value = vm.to_rust_string(arg(args, 2))?;
        let Ok(mut url) = Url::parse(&href) else {
            return Ok(Value::Null);
        };
        // The setters report a value they refused; the URL is left as it was then.
        let _refused = match setter.as_str() {
            "href" => match Url::parse(&value) {
                Ok(parsed) => {
                    url = parsed;
                    Ok(())
                }
                Err(_) => return Ok(Value::Null),
            },
            "protocol" => quirks::set_protocol(&mut url, &value),
            "username" => quirks::set_username(&mut url, &value),
            "password" => quirks::set_password(&mut url, &value),
            "host" => quirks::set_host(&mut url, &value),
            "hostname" => quirks::set_hostname(&mut url, &value),
            "port" => quirks::set_port(&mut url, &value),
            "pathname" => {
                quirks::set_pathname(&mut url, &value);
                Ok(())
            }
            "search" => {
                quirks::set_search(&mut url, &value);
                Ok(())
            }
            _ => {
                quirks::set_hash(&mut url, &value);
                Ok(())
            }
        };
        Ok(parts(vm, &url))
    });
    // parseParams(text): the name/value pairs of a query string, flattened.
    method(vm, o, "parseParams", 1, |vm, _, args| {
        let text = vm.to_rust_string(arg(args, 0))?;
        let text = text.strip_prefix('?').unwrap_or(&text);
        let mut values = Vec::new();
        for (name, value) in url::form_urlencoded::parse(text.as_bytes()) {
            values.push(Value::String(vm.heap.alloc_str(&name)));
            values.push(Value::String(vm.heap.alloc_str(&value)));
        }
        Ok(Value::Object(vm.new_array(values)))
    });
    // serializeParams(flat): the query string of flattened name/value pairs.
    method(vm, o, "serializeParams", 1, |vm, _, args| {
        let flat = arg(args, 0);
        let len = vm.get_named(flat, "length")?;
        let len = vm.to_number(len)? as usize;
        let mut serializer = url::form_urlencoded::Serializer::new(String::new());
        for i in (0..len).step_by(2) {
            let name = vm.get(flat, PropertyKey::Index(i as u32))?;
            let name = vm.to_rust_string(name)?;
            let value = vm.get(flat, PropertyKey::Index(i as u32 + 1))?;
            let value = vm.to_rust_string(value)?;
            serializer.append_pair(&name, &value);
        }
        let text = serializer.finish();
        Ok(Value::String(vm.heap.alloc_str(&text)))
    });
    // domainToASCII / domainToUnicode: '' for a domain that is not valid.
    method(vm, o, "domainToASCII", 1, |vm, _, args| {
        let domain = vm.to_rust_string(arg(args, 0))?;
        let ascii = quirks::domain_to_ascii(&domain);
        Ok(Value::String(vm.heap.alloc_str(&ascii)))
    });
    method(vm, o, "domainToUnicode", 1, |vm, _, args| {
        let domain = vm.to_rust_string(arg(args, 0))?;
        let unicode = quirks::domain_to_unicode(&domain);
        Ok(Value::String(vm.heap.alloc_str(&unicode)))
    });
    Ok(Value::Object(o))
}
