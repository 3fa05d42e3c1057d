import CareSimCore
import Foundation

/// A scenario read from a file: the engine's parameters plus what reports need to show and cite.
public struct Scenario: Sendable {
  /// Descriptive fields a report or the CLI shows.
  public struct Metadata: Sendable, Equatable {
    public var title: String
    public var study: String?
    public var region: String?
    public var year: Int?
    public var currencyYear: Int?
    public var description: String?
  }

  /// Run settings the file suggests; command-line options override them.
  public struct RunDefaults: Sendable, Equatable {
    public var replications: Int
    public var seed: UInt64
  }

  public var file: String
  public var metadata: Metadata
  public var parameters: ScenarioParameters
  public var runDefaults: RunDefaults
  /// Citation per field path, for every sourced number.
  public var sources: [String: String]
  /// Plausible range per field path, where the file gives one (for sensitivity analysis).
  public var ranges: [String: ClosedRange<Double>]
  /// Distribution per field path, for probabilistic sensitivity analysis.
  public var distributions: [String: ParameterDistribution]
  /// The allowed range of every number in the file, by field path.
  public var allowedRanges: [String: ClosedRange<Double>]
  /// The parsed file, kept so that analyses can set a field by path and re-read it.
  public var json: JSONValue
  /// FNV-1a 64 of the file's bytes: names exactly which input produced an output.
  public var hash: String
  /// A teaching scenario's knobs and exercises for `caresim workshop`.
  public var workshop: Workshop?
  /// A calibrated scenario's record of its calibration: the calibrated values, their search
  /// boxes and the correlation that joins them.
  public var calibration: CalibrationRecord?

  /// Reads and validates a scenario file.
  ///
  /// - Parameters:
  ///   - url: The file.
  ///   - name: How errors and outputs name the file: the path as the user gave it, by default the
  ///     URL's path.
  /// - Returns: The scenario.
  /// - Throws: ``ScenarioErrors`` with one entry per problem found.
  public static func load(from url: URL, name: String? = nil) throws(ScenarioErrors) -> Scenario {
    try parse(ScenarioErrors.reading(url, name: name), file: name ?? url.path)
  }

  /// Parses and validates scenario text; `file` names it in errors.
  ///
  /// Errors name the line of each field in the text.
  public static func parse(_ data: Data, file: String) throws(ScenarioErrors) -> Scenario {
    let (json, sourceMap) = try ScenarioErrors.parsing(data, file: file)
    return try read(
      json, file: file, checksDescriptions: true, sourceMap: sourceMap,
      hash: StableHash.hexDigest(data))
  }

  /// Validates a parsed scenario (for example after a field was changed by path).
  ///
  /// There is no text here, so errors name fields but no lines.
  public static func read(_ json: JSONValue, file: String) throws(ScenarioErrors) -> Scenario {
    try read(json, file: file, checksDescriptions: true)
  }

  /// Validates a parsed scenario.
  ///
  /// - Parameters:
  ///   - json: The parsed document.
  ///   - file: The name errors give.
  ///   - checksDescriptions: Whether what describes a sourced number (its range, its
  ///     distribution) is checked against its value; see ``ScenarioReader/checksDescriptions``.
  ///   - sourceMap: Where each value stands in the text, when there is text: errors name lines.
  ///   - hash: The scenario's hash, when the caller has it (of the file's bytes); otherwise that
  ///     of the document's compact encoding. Given, it saves encoding the whole document again.
  /// - Returns: The scenario.
  /// - Throws: ``ScenarioErrors`` with one entry per problem found.
  static func read(
    _ json: JSONValue, file: String, checksDescriptions: Bool, sourceMap: SourceMap? = nil,
    hash: String? = nil
  ) throws(ScenarioErrors) -> Scenario {
    var reader = ScenarioReader(
      file: file, sourceMap: sourceMap, checksDescriptions: checksDescriptions)
    let decoded = reader.readScenario(json)
    if let workshop = reader.workshop {
      reader.checkKnobs(workshop)
    }
    if let calibration = reader.calibration {
      reader.checkCalibration(calibration, json: json)
    }
    guard reader.errors.isEmpty, let (metadata, parameters, defaults) = decoded else {
      throw ScenarioErrors(reader.errors)
    }
    return Scenario(
      file: file, metadata: metadata, parameters: parameters, runDefaults: defaults,
      sources: reader.sources, ranges: reader.ranges, distributions: reader.distributions,
      allowedRanges: reader.allowedRanges, json: json,
      hash: hash ?? StableHash.hexDigest(json.encoded(prettyPrinted: false)),
      workshop: reader.workshop, calibration: reader.calibration)
  }
}
