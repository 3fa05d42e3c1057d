import CareSimCore
import Foundation
import JSON5

/// A scenario read from a file: the engine's parameters plus what reports need to show and cite.
public struct Scenario: Sendable {
  /// Descriptive fields a report or the CLI shows.
  ///
  /// A title, a study and a description may each be given in Dutch too (`titleNL`, `studyNL`,
  /// `descriptionNL`): a Dutch report shows the Dutch title and study where the file gives them,
  /// the English ones otherwise.
  public struct Metadata: Sendable, Equatable {
    public var title: String
    public var titleNL: String?
    public var study: String?
    public var studyNL: String?
    public var region: String?
    public var year: Int?
    public var currencyYear: Int?
    public var description: String?
    public var descriptionNL: String?

    /// The title in `dutch` or in English: the Dutch one where the file gives it.
    public func title(dutch: Bool) -> String { dutch ? titleNL ?? title : title }
  }

  /// Run settings the file suggests; command-line options override them.
  public struct RunDefaults: Sendable, Equatable {
    public var replications: Int
    public var seed: UInt64
  }

  /// A file that this scenario's file extends, directly or through another base.
  public struct Base: Sendable, Equatable {
    /// The file, named by its path joined to the folder of the file that extends it.
    public var file: String
    /// FNV-1a 64 of its bytes.
    public var hash: String
  }

  public var file: String
  public var metadata: Metadata
  public var parameters: ScenarioParameters
  /// What readers call each need level, in the ladder's order: the level's `label` and
  /// `labelNL`, or words made from its name where the file gives none.
  public var levelLabels: [NeedLevel.Label]
  public var runDefaults: RunDefaults
  /// Citation per field path, for every sourced number.
  public var sources: [String: String]
  /// Plausible range per field path, where the file gives one (for sensitivity analysis).
  public var ranges: [String: ClosedRange<Double>]
  /// Distribution per field path, for probabilistic sensitivity analysis.
  public var distributions: [String: ParameterDistribution]
  /// The allowed range of every number in the file, by field path.
  public var allowedRanges: [String: ClosedRange<Double>]
  /// The paths of the numbers that must be whole.
  var wholeNumberPaths: Set<String>
  /// The groups of shares that must sum to 1, which a setting keeps whole.
  var shareMixes: [ShareMix]
  /// The parsed file, kept so that analyses can set a field by path and re-read it.
  public var json: JSONValue
  /// Names exactly which input produced an output: a change to the file or to a base changes it.
  ///
  /// FNV-1a 64 of the file's bytes; for a file that extends others, FNV-1a 64 of the hashes of
  /// every file in the chain, one per line, the file first.
  public var hash: String
  /// The files the file extends, its own base first; empty for a file without `extends`.
  public var bases: [Base]
  /// Where each value of ``json`` was set, when the scenario was read from text.
  var sourceMap: SourceMap?
  /// A teaching scenario's knobs and exercises for `caresim workshop`.
  public var workshop: Workshop?
  /// A calibrated scenario's record of its calibration: the calibrated values, their search
  /// boxes and the correlation that joins them.
  public var calibration: CalibrationRecord?

  /// Reads and validates a scenario file, merged with the files it extends.
  ///
  /// - Parameters:
  ///   - url: The file.
  ///   - name: How errors and outputs name the file: the path as the user gave it, by default the
  ///     URL's path.
  /// - Returns: The scenario.
  /// - Throws: ``ScenarioErrors`` with one entry per problem found.
  public static func load(from url: URL, name: String? = nil) throws(ScenarioErrors) -> Scenario {
    let file = name ?? url.path
    return try read(
      ScenarioDocument.read(ScenarioErrors.reading(url, name: file), file: file, at: url),
      file: file)
  }

  /// Parses and validates scenario text; `file` names it in errors and locates the files it
  /// extends, if it extends any.
  ///
  /// Errors name the line of each field in the text.
  public static func parse(_ data: Data, file: String) throws(ScenarioErrors) -> Scenario {
    try read(ScenarioDocument.read(data, file: file, at: URL(fileURLWithPath: file)), file: file)
  }

  /// Validates a document read from text.
  ///
  /// - Parameters:
  ///   - document: The merged document of a file and its bases.
  ///   - file: The name of the file read first.
  /// - Returns: The scenario.
  /// - Throws: ``ScenarioErrors`` with one entry per problem found, each in the file that set
  ///   the value.
  private static func read(_ document: ScenarioDocument, file: String) throws(ScenarioErrors)
    -> Scenario
  {
    var scenario = try read(
      document.json, file: file, checksDescriptions: true, sourceMap: document.sourceMap,
      hash: document.hash)
    scenario.bases = document.bases
    return scenario
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
      file: file, metadata: metadata, parameters: parameters, levelLabels: reader.levelLabels,
      runDefaults: defaults,
      sources: reader.sources, ranges: reader.ranges, distributions: reader.distributions,
      allowedRanges: reader.allowedRanges, wholeNumberPaths: reader.wholeNumberPaths,
      shareMixes: reader.shareMixes, json: json,
      hash: hash ?? StableHash.hexDigest(json.encoded(prettyPrinted: false)), bases: [],
      sourceMap: sourceMap, workshop: reader.workshop, calibration: reader.calibration)
  }
}
