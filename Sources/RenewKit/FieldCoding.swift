extension CardField {
  /// Reads the field's value, checked by the field's rules, recording a problem
  /// at `path` in `reading`; `nil` when the value is `null` or has a problem.
  func read(
    from reader: inout JSONReader, at path: String, into reading: ObjectReading
  ) throws -> FieldValue? {
    func string() throws -> String? {
      try reading.value(path, in: &reader) { r in try r.readOptionalString() }
    }
    func strings() throws -> [String]? {
      try reading.value(path, in: &reader) { r in
        try r.readNull() ? nil : try r.readElements { e in try e.readString() }
      }
    }
    switch storage {
    case .requiredText(let rules, _), .text(let rules, _):
      return try reading.text(path, rules, in: &reader).map(FieldValue.text)
    case .country:
      guard let code = try string() else { return nil }
      guard Country.codes.contains(code) else {
        reading.record(path, .notACountry(code))
        return nil
      }
      return .country(code)
    case .kind:
      guard let text = try string() else { return nil }
      guard let kind = CardKind(rawValue: text) else {
        reading.record(path, .notAKind(text))
        return nil
      }
      return .kind(kind)
    case .period: return try reading.period(path, in: &reader).map(FieldValue.period)
    case .money: return try reading.money(path, in: &reader).map(FieldValue.money)
    case .leadDays:
      // One number (as files before lead days hold it) or a list of them.
      let read = try reading.value(path, in: &reader) { r -> [Int]? in
        switch try r.nextKind() {
        case .array: return try r.readElements { e in try e.readInt() }
        default: return try r.readOptionalInt().map { [$0] }
        }
      }
      guard let days = read else { return nil }
      var seen: [Int] = []
      for day in days {
        guard (0...Card.maximumRemindDays).contains(day) else {
          reading.record(path, .daysOutOfRange(day))
          return nil
        }
        guard !seen.contains(day) else {
          reading.record(path, .repeated("\(day)"))
          return nil
        }
        seen.append(day)
      }
      return days.isEmpty ? nil : .leadDays(seen.sorted(by: >))
    case .methods:
      var methods: [RenewalMethod] = []
      for text in try strings() ?? [] {
        guard let method = RenewalMethod(rawValue: text) else {
          reading.record(path, .notAMethod(text))
          return nil
        }
        // Read once, a repeated method would be lost on the next write.
        guard !methods.contains(method) else {
          reading.record(path, .repeated(text))
          return nil
        }
        methods.append(method)
      }
      return methods.isEmpty ? nil : .methods(methods)
    case .tags:
      var tags: [String] = []
      for (index, tag) in (try strings() ?? []).enumerated() {
        if let problem = TextField.tag.problem(in: tag) {
          reading.record("\(path)[\(index)]", .text(problem))
          return nil
        }
        guard !tags.contains(tag) else {
          reading.record(path, .repeated(tag))
          return nil
        }
        tags.append(tag)
      }
      return tags.isEmpty ? nil : .tags(tags)
    case .flag:
      return try reading.value(path, in: &reader) { r in try r.readOptionalBool() }
        .map(FieldValue.flag)
    }
  }

  /// Whether the field is on or off rather than holding a value.
  public var isFlag: Bool {
    if case .flag = storage { return true }
    return false
  }
}

extension FieldValue: JSONWritable {
  /// Writes the value as the data file and `--json` hold it.
  public func write(to writer: inout JSONWriter) {
    switch self {
    case .text(let text), .country(let text): writer.writeString(text)
    case .kind(let kind): writer.writeString(kind.rawValue)
    case .period(let period): period.write(to: &writer)
    case .money(let money): money.write(to: &writer)
    case .leadDays(let days):
      if days.count == 1, let day = days.first {
        writer.writeInt(day)
      } else {
        writer.writeArray { array in for day in days { array.append(day) } }
      }
    case .methods(let methods):
      writer.writeArray { array in for method in methods { array.append(method.rawValue) } }
    case .tags(let tags): writer.writeArray { array in array.append(contentsOf: tags) }
    case .flag(let isOn): writer.writeBool(isOn)
    }
  }
}

extension CalendarDate: JSONWritable {
  /// Writes `"YYYY-MM-DD"`.
  public func write(to writer: inout JSONWriter) { writer.writeString(description) }
}

extension Period: JSONWritable {
  /// Writes the command-line form, such as `"180d"`.
  public func write(to writer: inout JSONWriter) { writer.writeString(description) }
}

extension Money: JSONWritable {
  /// Writes `{"amount": "12.50", "currency": "USD"}`.
  public func write(to writer: inout JSONWriter) {
    writer.writeObject { object in
      object.member("amount", amount)
      object.member("currency", currency)
    }
  }
}
