extension JSONValue {
  /// Text that is not a JSON5 document, with where and why.
  ///
  /// Every syntax problem has a position and the line it is on; only a whole-file problem (a
  /// file over the size limit) has none. Notes point at other places that explain the error:
  /// where a duplicated name first appears, or where a missing `}` probably belongs.
  public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A remark at another place in the file.
    public struct Note: Sendable, Equatable {
      /// What the place has to do with the error.
      public var message: String
      /// The place, with its line.
      public var excerpt: SourceExcerpt

      /// Creates a note from its parts.
      ///
      /// - Parameters:
      ///   - message: What the place has to do with the error.
      ///   - excerpt: The place, with its line.
      public init(message: String, excerpt: SourceExcerpt) {
        self.message = message
        self.excerpt = excerpt
      }
    }

    /// What went wrong and what was expected, in one line.
    public var message: String
    /// Where it went wrong; nil only for a problem with the whole file.
    public var excerpt: SourceExcerpt?
    /// Other places that explain the error.
    public var notes: [Note]

    /// Creates a parse error from its parts.
    ///
    /// - Parameters:
    ///   - message: What went wrong and what was expected.
    ///   - excerpt: Where it went wrong, if at one place.
    ///   - notes: Other places that explain the error.
    public init(message: String, excerpt: SourceExcerpt?, notes: [Note] = []) {
      self.message = message
      self.excerpt = excerpt
      self.notes = notes
    }

    /// The 1-based line of the error, if it has a place.
    public var line: Int? { excerpt?.line }
    /// The 1-based column of the error in Unicode scalars, if it has a place.
    public var column: Int? { excerpt?.column }

    /// The error as a compiler prints it: `FILE:LINE:COLUMN: error: MESSAGE`, the line, a caret
    /// under the column, then each note in the same form.
    ///
    /// - Parameter file: The file name to print first, or nil to start with the line.
    /// - Returns: Text of several lines, without a final line break.
    public func diagnostic(file: String?) -> String {
      func heading(_ excerpt: SourceExcerpt?, _ severity: String, _ message: String) -> String {
        var location = [file, excerpt.map { "\($0.line):\($0.column)" }].compactMap(\.self)
          .joined(separator: ":")
        if !location.isEmpty { location += ": " }
        return "\(location)\(severity): \(message)"
      }
      var lines = [heading(excerpt, "error", message)]
      if let excerpt { lines.append(excerpt.rendered) }
      for note in notes {
        lines.append(heading(note.excerpt, "note", note.message))
        lines.append(note.excerpt.rendered)
      }
      return lines.joined(separator: "\n")
    }

    /// The diagnostic without a file name: `LINE:COLUMN: error: MESSAGE` and the lines below.
    public var description: String { diagnostic(file: nil) }

    /// The error for input over ``JSON5Parser/maximumByteCount``, found before parsing.
    ///
    /// - Parameter byteCount: The input's size, when known (a file read with a cap is not).
    /// - Returns: An error with no position: the whole file is the problem.
    package static func tooLarge(byteCount: Int?) -> ParseError {
      let limit = JSON5Parser.maximumByteCount
      let allowed = "a scenario file may hold at most \(limit / 1_000_000) MB (\(limit) bytes)"
      guard let byteCount else {
        return ParseError(
          message: "the file is larger than \(limit) bytes; \(allowed)", excerpt: nil)
      }
      let tenths = Int((Double(byteCount) / 100_000).rounded())
      return ParseError(
        message: "the file is \(tenths / 10).\(tenths % 10) MB (\(byteCount) bytes); \(allowed)",
        excerpt: nil)
    }
  }
}
