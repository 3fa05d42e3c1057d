import CareSimCore

extension ResultProvenance {
  /// The provenance a result's document and its folder's marker record.
  ///
  /// - Parameters:
  ///   - name: The document: `summary.json`, `result.json` or `validation.json`, whose scenario,
  ///     seed, replications, version and assumptions ``Scenario/provenanceJSON`` and the command
  ///     wrote.
  ///   - files: The folder's files and marker (the command line and the threads).
  /// - Throws: ``ReportInputError`` when the document is missing or not as CareSim writes it.
  package init(decoding name: String, in files: ResultFiles) throws(ReportInputError) {
    let document = try files.decode(ProvenanceDocument.self, from: name)
    let scenario = document.scenario
    let replications = document.replications ?? document.replicationsPerSetting
    self.init(
      scenarioTitle: scenario?.title ?? "", scenarioTitleNL: scenario?.titleNL,
      scenarioFile: scenario?.file ?? "",
      scenarioHash: scenario?.hash ?? "",
      scenarioBases: (scenario?.extends ?? []).compactMap { base in
        guard let file = base.file, let hash = base.hash else { return nil }
        return "\(file) (\(hash))"
      },
      study: scenario?.study, studyNL: scenario?.studyNL, seed: document.seed ?? "",
      replications: replications.flatMap { Int(exactly: $0) }, threads: files.marker?.threads,
      caresimVersion: document.caresimVersion ?? files.marker?.caresimVersion ?? "",
      commandLine: files.marker?.command ?? [],
      assumptions: (document.assumptions ?? []).compactMap { entry in
        guard let path = entry.path, let value = entry.value, let source = entry.source else {
          return nil
        }
        let bounds = (entry.range ?? []).compactMap { $0 }
        return Assumption(
          path: path, value: value, range: bounds.count == 2 ? (bounds[0], bounds[1]) : nil,
          source: source)
      },
      levels: (document.levels ?? []).compactMap { level in
        guard let name = level.name else { return nil }
        let label = level.label ?? NeedLevel.Label(name: name).english
        return NeedLevel.Label(name: name, english: label, dutch: level.labelNL ?? label)
      }, warnings: document.warnings?.compactMap(\.warning) ?? [])
  }
}

/// The fields of a result's document that say where its figures come from.
private struct ProvenanceDocument: Decodable {
  struct Scenario: Decodable {
    struct Base: Decodable {
      var file: String?
      var hash: String?
    }

    var title: String?
    var titleNL: String?
    var file: String?
    var hash: String?
    var study: String?
    var studyNL: String?
    var extends: [Base]?
  }

  struct Assumption: Decodable {
    var path: String?
    var value: Double?
    var range: [Double?]?
    var source: String?
  }

  /// A need level as ``Scenario/provenanceJSON`` writes it: its name and labels.
  struct Level: Decodable {
    var name: String?
    var label: String?
    var labelNL: String?
  }

  /// A warning as every result writes it (``ScopeWarning``); one of a kind this version does
  /// not know is passed over.
  struct Warning: Decodable {
    var kind: String
    var eurosAYear: Double?
    var entrantsPerMonth: Double?
    var deathsPerMonth: Double?
    var places: Double?
    var uptake: Double?

    var warning: ScopeWarning? {
      switch kind {
      case "programmeCostPerParticipant":
        eurosAYear.map { .programmeCostPerParticipant(eurosAYear: $0) }
      case "entrantsAgainstDeaths":
        entrantsPerMonth.flatMap { entrants in
          deathsPerMonth.map {
            .entrantsAgainstDeaths(entrantsPerMonth: entrants, deathsPerMonth: $0)
          }
        }
      case "capacityBelowUptake":
        places.flatMap { places in
          uptake.map { .capacityBelowUptake(places: places, uptake: $0) }
        }
      default: nil
      }
    }
  }

  var scenario: Scenario?
  var levels: [Level]?
  var warnings: [Warning]?
  var seed: String?
  var replications: Double?
  /// An analysis's replications, per setting.
  var replicationsPerSetting: Double?
  var caresimVersion: String?
  var assumptions: [Assumption]?
}
