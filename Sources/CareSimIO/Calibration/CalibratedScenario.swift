import CareSimCore
import Foundation

/// The calibrated copy of a scenario file: the original text with each fitted value written in
/// place, to four significant digits, and its source saying where it came from.
public enum CalibratedScenario {
  /// A fitted value as the file writes it: four significant digits, which is finer than any
  /// target's uncertainty moves a parameter, and reads at a glance.
  public static func written(_ value: Double) -> Double {
    Double(String(format: "%.4g", value)) ?? value
  }

  /// The source of a fitted value: where it came from, then what the file said before.
  ///
  /// What it said before keeps the reasoning behind its range. A source that a calibration wrote gives only what it
  /// said before, so calibrating a calibrated file writes the same text again.
  public static func source(targets: String, date: String, before: String?) -> String {
    let calibrated = "calibrated to \(targets) on \(date) by caresim calibrate"
    guard var before, !before.isEmpty else { return calibrated }
    if before.hasPrefix("calibrated to "), let end = before.range(of: "by caresim calibrate") {
      before = String(before[end.upperBound...])
      if before.hasPrefix(beforeMarker) { before.removeFirst(beforeMarker.count) }
    }
    return before.isEmpty ? calibrated : calibrated + beforeMarker + before
  }

  static let beforeMarker = "; before: "

  /// Refuses, before any work, to calibrate a scenario whose file extends another.
  ///
  /// The calibrated copy is the file's own text with each fitted value edited in place. A file
  /// that extends another holds only what it overrides: a value it inherits is not in its text,
  /// and its copy, written into the result folder, would not find its base by the relative path
  /// it names. So such a file is refused, and each fitted value is named where it is set: in a
  /// base, which is the file to calibrate, or in the extending file itself.
  ///
  /// - Parameters:
  ///   - scenario: The scenario to calibrate.
  ///   - paths: The fields to fit.
  /// - Throws: ``ScenarioErrors``, one per field, at the file and line that set it, when the
  ///   scenario's file extends another.
  public static func checkSelfContained(_ scenario: Scenario, fitting paths: [String])
    throws(ScenarioErrors)
  {
    guard let base = scenario.bases.first else { return }
    throw ScenarioErrors(
      paths.map { path in
        let place = scenario.sourceMap?.nearest(to: path)
        let file = place?.file ?? scenario.file
        let reason =
          file == scenario.file
          ? "is set here, and this file extends \(base.file); caresim calibrate writes a copy "
            + "of the file it is given, which must read on its own: write the scenario as one "
            + "file, without 'extends', to calibrate it"
          : "is set here, in a file that \(scenario.file) extends; caresim calibrate edits the "
            + "text of the file it is given: calibrate \(file), whose fitted values "
            + "\(scenario.file) inherits unless it overrides them"
        return ScenarioError(
          file: file, field: path, kind: .invalid(reason: reason), line: place?.position.line,
          column: place?.position.column)
      })
  }

  /// The calibrated text.
  ///
  /// - Parameters:
  ///   - text: The scenario file as read.
  ///   - scenario: The scenario read from it (to name the file in an error).
  ///   - values: The fitted value of each parameter path.
  ///   - targets: The targets file, as the user named it.
  ///   - date: The calibration's date, `YYYY-MM-DD`.
  /// - Returns: The text, identical to `text` but for the fitted values and their sources.
  /// - Throws: ``ScenarioErrors`` naming a path whose number could not be set in the text.
  public static func text(
    _ text: String, scenario: Scenario, values: [(path: String, value: Double)],
    targets: String, date: String
  ) throws(ScenarioErrors) -> String {
    let changes = values.map { path, value in
      ScenarioTextEdit.Change(
        path: path, number: DataNumber.csv(written(value)),
        source: source(targets: targets, date: date, before: scenario.sources[path]))
    }
    do {
      return try ScenarioTextEdit.applying(changes, to: text)
    } catch {
      let path: String
      switch error {
      case .noNumber(let missing), .misplaced(let missing): path = missing
      }
      throw ScenarioErrors([
        ScenarioError(
          file: scenario.file, field: path,
          kind: .invalid(
            reason: "its number could not be rewritten in the file's text; write it as "
              + "{ value: …, source: … } on its own"))
      ])
    }
  }
}
