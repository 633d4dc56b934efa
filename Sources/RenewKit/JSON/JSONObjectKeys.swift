/// A key recorded for the repeated-key check: its hash and where it is.
struct JSONKeyRecord {
  /// The hash of the key's text (escapes decoded), from ``JSONKeyHash``.
  var hash: UInt64
  /// The key's contents in the document.
  var span: JSONStringSpan
}

/// The keys of one object that the reader cannot check with a bitmask (all of them
/// when the caller names no keys), checked for repeats as they come.
///
/// Records live in the reader's one shared stack, ``JSONReader/keyRecords``; an
/// object uses the part above `base` and gives it back when it ends, so no storage
/// is allocated per object. A new key is compared with the object's earlier keys by
/// hash, and by text only when the hashes are equal: a few comparisons of integers
/// for the small objects of a renew file. An object with more than
/// ``indexThreshold`` such keys gets a dictionary from hash to records.
struct JSONObjectKeys {
  /// How many keys are compared one by one before a dictionary is built.
  static let indexThreshold = 32

  /// Where this object's records start in the reader's stack.
  let base: Int
  /// For a large object: the records by hash.
  private var index: [UInt64: [Int]]?

  /// Starts the keys of an object being read by `reader`.
  init(in reader: JSONReader) {
    base = reader.keyRecords.count
  }

  /// Records `span`, the key just read.
  ///
  /// - Throws: ``JSONError/Reason/repeatedKey(_:)`` at the key's opening quote when
  ///   this object already has a key with the same text.
  mutating func insert(_ span: JSONStringSpan, in reader: inout JSONReader) throws(JSONError) {
    let hash = reader.keyHash(span)
    let end = reader.keyRecords.count
    if end - base >= JSONObjectKeys.indexThreshold {
      if index == nil { index = buildIndex(reader.keyRecords[base..<end]) }
      for position in index?[hash] ?? []
      where reader.sameKey(reader.keyRecords[position].span, span) {
        throw reader.repeatedKey(span)
      }
      index?[hash, default: []].append(end)
    } else {
      for position in base..<end
      where reader.keyRecords[position].hash == hash
        && reader.sameKey(reader.keyRecords[position].span, span)
      {
        throw reader.repeatedKey(span)
      }
    }
    reader.keyRecords.append(JSONKeyRecord(hash: hash, span: span))
  }

  /// Gives this object's records back to the reader's stack.
  func end(in reader: inout JSONReader) {
    let count = reader.keyRecords.count - base
    if count > 0 { reader.keyRecords.removeLast(count) }
  }

  private func buildIndex(_ records: ArraySlice<JSONKeyRecord>) -> [UInt64: [Int]] {
    var index: [UInt64: [Int]] = [:]
    for position in records.indices { index[records[position].hash, default: []].append(position) }
    return index
  }
}

extension JSONReader {
  /// The hash of a key's text, escapes decoded.
  mutating func keyHash(_ span: JSONStringSpan) -> UInt64 {
    guard span.hasEscape else {
      return bytes.withUnsafeBufferPointer { JSONKeyHash.hash($0, span.range) }
    }
    scratch.removeAll(keepingCapacity: true)
    JSONUnescaper.unescape(bytes[span.range], into: &scratch)
    return scratch.withUnsafeBufferPointer { JSONKeyHash.hash($0) }
  }

  /// Whether two keys have the same text, escapes decoded.
  func sameKey(_ first: JSONStringSpan, _ second: JSONStringSpan) -> Bool {
    if !first.hasEscape && !second.hasEscape {
      return bytes[first.range].elementsEqual(bytes[second.range])
    }
    return JSONUnescaper.unescaped(bytes[first.range])
      == JSONUnescaper.unescaped(bytes[second.range])
  }

  /// ``JSONError/Reason/repeatedKey(_:)`` for the key at `span`, at its opening quote.
  func repeatedKey(_ span: JSONStringSpan) -> JSONError {
    let key = String(decoding: JSONUnescaper.unescaped(bytes[span.range]), as: UTF8.self)
    return error(.repeatedKey(key), at: span.start - 1)
  }
}
