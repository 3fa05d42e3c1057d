/// A line and column in a text file, both counted from 1.
///
/// The column counts Unicode scalars from the start of the line, not bytes: `é` written as one
/// code point is one column, as an editor shows it. (A letter written with a separate combining
/// accent counts two; editors differ there, and scenario files do not use them.) A tab is one
/// column.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int

  /// Creates a position from its line and column.
  ///
  /// - Parameters:
  ///   - line: The 1-based line.
  ///   - column: The 1-based column, in Unicode scalars.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `LINE:COLUMN`, as compilers print a position.
  public var description: String { "\(line):\(column)" }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// Where each value of a parsed document stands in its source text, addressed by dotted path.
///
/// The reader builds this beside the `JSONValue`, so that a problem found later, by field path
/// (`mechanisms.prevention.relativeRisk`), can name the line it is on. The tree mirrors the
/// document: an object's members and an array's elements each have their own map. A member is
/// placed at its name (where the line that sets it begins to say so); an element and the root
/// at the first character of the value.
///
/// Paths use the syntax of `JSONValue+Path.swift`: member names and canonical decimal indices
/// joined by `.`; the empty path is the root.
///
/// A document merged from several files (a scenario that `extends` another) has a map whose
/// every value names the file that set it, so that an error names that file's line.
public struct SourceMap: Sendable, Equatable {
  /// Where this value (or, for a member, its name) starts.
  public var position: SourcePosition
  /// The file the value was read from, when the document was merged from several; nil when the
  /// whole document is one text, which whoever reads it names.
  public var file: String?
  /// The maps of an object's members, by name; empty for other values.
  public var members: [String: SourceMap]
  /// The maps of an array's elements, in order; empty for other values.
  public var elements: [SourceMap]

  /// Creates the map of one value.
  ///
  /// - Parameters:
  ///   - position: Where the value (or member name) starts.
  ///   - file: The file the value was read from, when the document has several.
  ///   - members: The maps of an object's members.
  ///   - elements: The maps of an array's elements.
  public init(
    position: SourcePosition, file: String? = nil, members: [String: SourceMap] = [:],
    elements: [SourceMap] = []
  ) {
    self.position = position
    self.file = file
    self.members = members
    self.elements = elements
  }

  /// The position of the value at `path`, or nil when the document holds no value there.
  ///
  /// - Parameter path: A dotted path; the empty path is the root.
  /// - Returns: The position, or nil.
  public func position(at path: String) -> SourcePosition? {
    let (map, matched) = deepest(along: path)
    return matched ? map.position : nil
  }

  /// The position of the value at `path`, or of its nearest ancestor that the document holds.
  ///
  /// A missing field is reported at the object that should hold it, which is where the user
  /// would add it.
  ///
  /// - Parameter path: A dotted path; the empty path is the root.
  /// - Returns: The position of the deepest existing value on the path.
  public func nearestPosition(to path: String) -> SourcePosition {
    nearest(to: path).position
  }

  /// The map of the value at `path`, or of its nearest ancestor that the document holds: its
  /// position, and its file when the document was merged from several.
  ///
  /// - Parameter path: A dotted path; the empty path is the root.
  /// - Returns: The map of the deepest existing value on the path.
  public func nearest(to path: String) -> SourceMap {
    deepest(along: path).map
  }

  /// This map with every value's file set to `file`, before it is merged with another file's.
  ///
  /// - Parameter file: The name of the file the document was read from.
  /// - Returns: The same positions, each naming `file`.
  package func attributed(to file: String) -> SourceMap {
    SourceMap(
      position: position, file: file, members: members.mapValues { $0.attributed(to: file) },
      elements: elements.map { $0.attributed(to: file) })
  }

  /// The deepest map along `path`, and whether it is the map of the whole path.
  private func deepest(along path: String) -> (map: SourceMap, matched: Bool) {
    var current = self
    for component in JSONValue.components(of: path) {
      let next =
        current.members[String(component)]
        ?? JSONValue.index(component, count: current.elements.count).map { current.elements[$0] }
      guard let next else { return (current, false) }
      current = next
    }
    return (current, true)
  }
}
