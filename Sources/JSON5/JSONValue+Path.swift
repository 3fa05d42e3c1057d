/// Dotted paths such as `mechanisms.substitution.share` or `needLevels.2.utility`.
///
/// These let a CLI override any scenario number (`--set needLevels.2.utility=0.7`) and name it in
/// messages without a typed model of every field.
///
/// Path syntax: components are separated by `.`. On an object a component is a member name; on
/// an array it is a zero-based index written in canonical decimal (`2`, not `02` or `+2`), so
/// each value has exactly one path. The empty path addresses the root. Member names that
/// contain `.` cannot be addressed; scenario files do not use them.
///
/// A *sourced number* is an object whose `"value"` member is a number, such as
/// `{"value": 0.85, "source": "Smith 2020, table 3"}`. It counts as a number at the object's own
/// path: `setNumber(_:at:)` writes its `value`, and `numericPaths()` lists the object path.
extension JSONValue {
  /// An error from addressing a value by path.
  public enum PathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing exists at `path`; `nearby` lists up to 10 numeric paths sharing its longest prefix.
    case notFound(path: String, nearby: [String])
    /// The value at `path` is not a number or sourced number; `found` is its `typeName`.
    case notANumber(path: String, found: String)

    /// A one-line description suitable for a CLI error message.
    public var description: String {
      switch self {
      case .notFound(let path, let nearby):
        nearby.isEmpty
          ? "no value at '\(path)'"
          : "no value at '\(path)'; did you mean: \(nearby.joined(separator: ", "))"
      case .notANumber(let path, let found):
        "expected a number at '\(path)', found \(found)"
      }
    }
  }

  /// The value at a dotted path, or `nil` when the path does not exist.
  ///
  /// - Parameter path: A dotted path; the empty path is the root.
  /// - Returns: The value found, or `nil`.
  public func value(at path: String) -> JSONValue? {
    var current = self
    for component in Self.components(of: path) {
      guard let next = current.child(component) else { return nil }
      current = next
    }
    return current
  }

  /// Replaces the number at a dotted path, looking through sourced numbers.
  ///
  /// When the value at `path` is an object with a numeric `"value"` member, that member is
  /// replaced and the rest of the object (its `source`, for instance) is kept.
  ///
  /// - Parameters:
  ///   - x: The new number. It is not validated here; scenario validation checks ranges.
  ///   - path: A dotted path to an existing number or sourced number.
  /// - Throws: `PathError.notFound` when nothing exists at `path`, with nearby numeric paths as
  ///   suggestions; `PathError.notANumber` when the value there is not a number.
  public mutating func setNumber(_ x: Double, at path: String) throws(PathError) {
    guard let target = value(at: path) else {
      throw .notFound(path: path, nearby: nearbyNumericPaths(to: path))
    }
    var components = Self.components(of: path)
    switch target {
    case .number:
      break
    case .object(let fields) where fields["value"]?.numberValue != nil:
      components.append("value")
    default:
      throw .notANumber(path: path, found: target.typeName)
    }
    update(components[...]) { $0 = .number(x) }
  }

  /// Every path that addresses a number or a sourced number, sorted.
  ///
  /// A sourced number is listed once, at its object path (not `….value`); its other numeric
  /// members, such as a `low`/`high` range, are listed as well. Sorting is `String` order, so
  /// `needLevels.10` sorts before `needLevels.2`.
  ///
  /// - Returns: The paths in ascending `String` order.
  public func numericPaths() -> [String] {
    var paths: [String] = []
    collectNumericPaths(prefix: nil, into: &paths)
    return paths.sorted()
  }
}

// MARK: - Implementation

extension JSONValue {
  /// Splits a dotted path; the empty path has no components.
  static func components(of path: String) -> [Substring] {
    path.isEmpty ? [] : path.split(separator: ".", omittingEmptySubsequences: false)
  }

  /// The array index a component denotes, if it is canonical decimal and in `0..<count`.
  static func index(_ component: Substring, count: Int) -> Int? {
    guard let i = Int(component), i >= 0, i < count, String(i) == component else { return nil }
    return i
  }

  /// The member or element one component below this value.
  fileprivate func child(_ component: Substring) -> JSONValue? {
    switch self {
    case .object(let fields):
      fields[String(component)]
    case .array(let elements):
      Self.index(component, count: elements.count).map { elements[$0] }
    default:
      nil
    }
  }

  /// Applies `body` to the value at `components`, which the caller has checked exists.
  fileprivate mutating func update(
    _ components: ArraySlice<Substring>,
    _ body: (inout JSONValue) -> Void
  ) {
    guard let head = components.first else {
      body(&self)
      return
    }
    let rest = components.dropFirst()
    switch self {
    case .object(var fields):
      // Drop self's reference first so `fields` is uniquely referenced and mutates in place.
      self = .null
      fields[String(head)]?.update(rest, body)
      self = .object(fields)
    case .array(var elements):
      let i = Self.index(head, count: elements.count)
      self = .null
      if let i { elements[i].update(rest, body) }
      self = .array(elements)
    default:
      break
    }
  }

  /// Appends the paths of numbers and sourced numbers at or below this value.
  fileprivate func collectNumericPaths(prefix: String?, into paths: inout [String]) {
    func join(_ component: String) -> String {
      prefix.map { "\($0).\(component)" } ?? component
    }
    switch self {
    case .number:
      paths.append(prefix ?? "")
    case .object(let fields):
      let isSourced = fields["value"]?.numberValue != nil
      if isSourced { paths.append(prefix ?? "") }
      for (key, member) in fields where !(isSourced && key == "value") {
        member.collectNumericPaths(prefix: join(key), into: &paths)
      }
    case .array(let elements):
      for (i, element) in elements.enumerated() {
        element.collectNumericPaths(prefix: join(String(i)), into: &paths)
      }
    case .null, .bool, .string:
      break
    }
  }

  /// Up to 10 numeric paths that share the longest leading run of characters with `path`.
  ///
  /// Characters rather than whole components, so that a typo in any component still finds its
  /// siblings (`mechanisms.substitution.shar` → `mechanisms.substitution.share`) and the closest
  /// candidates win over merely related ones. Paths sharing nothing are never suggested.
  fileprivate func nearbyNumericPaths(to path: String) -> [String] {
    let candidates = numericPaths()
    let shared = candidates.map { candidate in
      zip(candidate, path).prefix { $0 == $1 }.count
    }
    guard let longest = shared.max(), longest > 0 else { return [] }
    return Array(zip(candidates, shared).filter { $0.1 == longest }.map(\.0).prefix(10))
  }
}
