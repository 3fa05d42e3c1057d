import CareSimCore
import Foundation

/// The files of a result folder, read back: what a typed result is decoded from.
///
/// A report is built from the very files a command wrote (in memory right after the run, or from
/// disk by `caresim report DIR`), so the report and the files cannot disagree and a report can be
/// rebuilt from a folder without running anything. Each result decodes its files in one place
/// (`Results/*+Decoding.swift`).
package struct ResultFiles: Sendable {
  package var files: [String: Data]
  /// The marker's command line and thread count, when the folder has a marker.
  package var marker: ResultMarker?

  package init(files: [String: Data], marker: ResultMarker?) {
    self.files = files
    self.marker = marker
  }

  /// A JSON file of the folder, decoded.
  package func decode<Document: Decodable>(_ type: Document.Type, from name: String)
    throws(ReportInputError) -> Document
  {
    guard let data = files[name] else { throw .missing(name) }
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch {
      throw .unreadable(name)
    }
  }

  /// A CSV file of the folder.
  package func csv(_ name: String) throws(ReportInputError) -> CSVTable {
    guard let data = files[name] else { throw .missing(name) }
    guard let text = String(data: data, encoding: .utf8), let table = CSVTable(text) else {
      throw .unreadable(name)
    }
    return table
  }
}

/// A result that a folder's files hold, decoded in one place (`Results/*+Decoding.swift`).
package protocol ResultFolderDecodable: Sendable {
  /// The result of a folder's files.
  ///
  /// - Throws: ``ReportInputError`` when a file is missing or not as CareSim writes it.
  init(files: ResultFiles) throws(ReportInputError)
  /// Where the result's figures come from, its scenario's level labels included.
  var provenance: ResultProvenance { get }
}

/// Why a report cannot be drawn from a folder's files.
package enum ReportInputError: Error, Sendable, Equatable, CustomStringConvertible {
  case missing(String)
  case unreadable(String)
  case unknownCommand(String)

  package var description: String {
    switch self {
    case .missing(let name): "the folder holds no \(name)"
    case .unreadable(let name): "\(name) is not as CareSim writes it"
    case .unknownCommand(let name): "the marker names a command without a report: '\(name)'"
    }
  }
}

/// A key of a JSON object by its name, for objects whose keys are data (a perspective, a
/// parameter's path) rather than fixed fields.
struct DataKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ name: String) { stringValue = name }
  init?(stringValue: String) { self.init(stringValue) }
  init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == DataKey {
  /// A number; NaN where it is null or absent, as the files write a value that does not exist.
  func number(_ name: String) throws -> Double {
    try decodeIfPresent(Double.self, forKey: DataKey(name)) ?? .nan
  }

  /// A text; nil where it is null or absent.
  func text(_ name: String) throws -> String? {
    try decodeIfPresent(String.self, forKey: DataKey(name))
  }
}

extension CaseIterable where Self: CustomStringConvertible {
  /// The case a file names by its description (`wmo`, `control`); nil for any other text.
  init?(described name: String?) {
    guard let match = Self.allCases.first(where: { $0.description == name }) else { return nil }
    self = match
  }
}
