//! The base protocol: `Content-Length` framed JSON-RPC messages.
//!
//! `lsp-server`'s own stdio transport stops at the first message it cannot parse; here a
//! malformed message becomes [`Incoming::Malformed`], which the server answers with an error
//! before reading on.

use lsp_server::{ErrorCode, Message};
use serde_json::Value;
use std::io::{self, BufRead, Read, Write};

/// The largest message body read; a larger one is skipped and answered with an error.
pub const MAX_BODY_BYTES: usize = 256 * 1024 * 1024;

/// One message from the client.
#[derive(Debug)]
pub enum Incoming {
    /// A well-formed request, response or notification.
    Message(Message),
    /// A message that could not be read; answered with this error (JSON-RPC: `id` is the
    /// request's when it could be read, `null` otherwise).
    Malformed {
        /// The request id, when the message had one.
        id: Option<Value>,
        /// `ParseError` for what is not JSON, `InvalidRequest` for JSON that is not a message.
        code: ErrorCode,
        /// What is wrong.
        message: String,
    },
}

/// Reads the next message; `None` at the end of the input.
pub fn read(input: &mut impl BufRead) -> io::Result<Option<Incoming>> {
    let mut length: Option<Result<usize, String>> = None;
    let mut line = String::new();
    let mut header_lines = 0;
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            if header_lines == 0 {
                continue; // blank lines between messages
            }
            break;
        }
        header_lines += 1;
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("Content-Length") {
                length = Some(
                    value.trim().parse().map_err(|_| format!("invalid Content-Length `{}`", value.trim())),
                );
            }
        }
    }
    let malformed = |message: String| Incoming::Malformed { id: None, code: ErrorCode::ParseError, message };
    let length = match length {
        Some(Ok(length)) => length,
        Some(Err(message)) => return Ok(Some(malformed(message))),
        None => return Ok(Some(malformed("a message without a Content-Length header".into()))),
    };
    if length > MAX_BODY_BYTES {
        io::copy(&mut input.take(length as u64), &mut io::sink())?;
        return Ok(Some(malformed(format!(
            "a message of {length} bytes: the limit is {} MiB",
            MAX_BODY_BYTES / (1024 * 1024)
        ))));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(parse(&body)))
}

/// A message body as a message, or why it is not one.
pub fn parse(body: &[u8]) -> Incoming {
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(error) => {
            return Incoming::Malformed {
                id: None,
                code: ErrorCode::ParseError,
                message: format!("the message is not JSON: {error}"),
            }
        }
    };
    let id = value.get("id").filter(|id| id.is_number() || id.is_string()).cloned();
    match serde_json::from_value::<Message>(value) {
        Ok(message) => Incoming::Message(message),
        Err(error) => Incoming::Malformed {
            id,
            code: ErrorCode::InvalidRequest,
            message: format!("not a JSON-RPC request, response or notification: {error}"),
        },
    }
}

/// The JSON text of a message, with its `"jsonrpc": "2.0"`.
pub fn encode(message: &Message) -> String {
    let mut value = serde_json::to_value(message).unwrap_or(Value::Null);
    if let Value::Object(object) = &mut value {
        object.insert("jsonrpc".into(), Value::from("2.0"));
    }
    value.to_string()
}

/// The JSON text of an error response to a malformed message.
pub fn encode_error(id: Option<Value>, code: ErrorCode, message: &str) -> String {
    serde_json::json!({
        "jsonrpc": "2.0",
        "id": id,
        "error": { "code": code as i32, "message": message },
    })
    .to_string()
}

/// Writes one framed message.
pub fn write(output: &mut impl Write, json: &str) -> io::Result<()> {
    write!(output, "Content-Length: {}\r\n\r\n", json.len())?;
    output.write_all(json.as_bytes())?;
    output.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn reads_messages_and_names_what_is_malformed() {
        let text = [
            frame(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#),
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":7,"method":5}"#),
            "Content-Type: x\r\n\r\n".to_string(),
            frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
        ]
        .concat();
        let mut input = io::Cursor::new(text.into_bytes());
        let mut read_all = Vec::new();
        while let Some(incoming) = read(&mut input).unwrap() {
            read_all.push(incoming);
        }
        assert_eq!(read_all.len(), 5);
        assert!(
            matches!(&read_all[0], Incoming::Message(Message::Request(request)) if request.method == "initialize")
        );
        assert!(
            matches!(&read_all[1], Incoming::Malformed { id: None, code: ErrorCode::ParseError, message } if message.contains("not JSON"))
        );
        assert!(
            matches!(&read_all[2], Incoming::Malformed { id: Some(id), code: ErrorCode::InvalidRequest, .. } if id == 7)
        );
        assert!(
            matches!(&read_all[3], Incoming::Malformed { code: ErrorCode::ParseError, message, .. } if message.contains("Content-Length"))
        );
        assert!(matches!(&read_all[4], Incoming::Message(Message::Notification(n)) if n.method == "exit"));
    }

    #[test]
    fn an_oversized_body_is_skipped() {
        let text = format!("Content-Length: {}\r\n\r\n", MAX_BODY_BYTES + 1);
        let mut input = io::Cursor::new(text.into_bytes());
        assert!(matches!(read(&mut input).unwrap(), Some(Incoming::Malformed { .. })));
    }

    #[test]
    fn encodes_with_the_version() {
        let message = Message::Notification(lsp_server::Notification::new("exit".into(), ()));
        let value: Value = serde_json::from_str(&encode(&message)).unwrap();
        assert_eq!(value["jsonrpc"], "2.0");
        assert_eq!(value["method"], "exit");
        let error: Value = serde_json::from_str(&encode_error(None, ErrorCode::ParseError, "bad")).unwrap();
        assert_eq!(error["id"], Value::Null);
        assert_eq!(error["error"]["code"], -32700);
    }
}
