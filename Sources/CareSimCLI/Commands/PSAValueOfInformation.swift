import CareSimCore
import CareSimOutput
import CareSimReports
import Foundation

/// `psa --voi`: the value of information of a PSA's own sets, in the PSA's folder under `voi/`.
///
/// A subfolder rather than the PSA's own files: the analysis has its own `result.json` (with
/// `evpi` and `evppi` at its top level) and its own report, which would clash with the PSA's;
/// and one write of the PSA's folder holds both, under one marker, so the two are written
/// completely or not at all and a rerun replaces both. The sets are read back from the
/// `samples.csv` the PSA writes, so `caresim voi DIR/samples.csv --value-per-qaly X` gives the
/// same figures to the byte.
struct PSAValueOfInformation {
  /// The subfolder of the PSA's folder.
  static let folder = "voi"

  let context: AnalysisContext
  let report: ValueOfInformationReport

  /// The analysis of the PSA's samples, at the scenario's value of a QALY, for society.
  ///
  /// - Parameters:
  ///   - context: The PSA's scenario, seed and options.
  ///   - samples: The PSA's `samples.csv`.
  /// - Throws: ``CommandFailure`` when the table cannot be read back (a bug).
  init(context: AnalysisContext, samples: Data) throws {
    self.context = context
    let path = "\(context.folder.path)/samples.csv"
    let table: DecisionTable
    do {
      table = try DecisionTable.read(csv: String(decoding: samples, as: UTF8.self), file: path)
    } catch {
      throw CommandFailure(message: "error: \(error)", exitCode: .failure)
    }
    var provenance = context.scenario.provenanceJSON
    provenance["replicationsPerSetting"] = .number(Double(context.replications))
    let options = VOIOptions(
      perspective: .society, valuesPerQALY: [context.scenario.parameters.valuePerQALY],
      params: [], groups: [], population: nil)
    report = try options.analyse(
      table, seed: context.seed, source: path, provenance: provenance,
      levels: context.scenario.levelLabels)
  }

  /// The analysis's files, with its report unless `--no-report`, under ``folder``.
  func files() throws -> [String: Data] {
    var files = report.files()
    let invocation = context.invocation
    if !invocation.parsed[CommonOptions.noReport] {
      let locale = try invocation.reportLocale()
      let marker = ResultMarker(
        command: invocation.commandLine, threads: context.threads, files: files.keys.sorted())
      do {
        files[ReportBuilder.fileName(for: locale)] = Data(
          try ReportBuilder.page(command: "voi", files: files, marker: marker, locale: locale)
            .utf8)
      } catch {
        throw CommandFailure(
          message: "error: cannot draw the value-of-information report: \(error)",
          exitCode: .failure)
      }
    }
    return Dictionary(uniqueKeysWithValues: files.map { ("\(Self.folder)/\($0.key)", $0.value) })
  }
}
