/// What a report calls a field of the file, by its path.
extension ScenarioSchema {
  /// What a sentence calls the field at `path` ("the relative risk of decline"), in English and
  /// Dutch: a plain field's label, or for a number of a part one made from what its path names
  /// (a level, a payer, a band); nil for a path the schema does not know.
  ///
  /// - Parameters:
  ///   - path: A field's path, as `caresim sweep` and the ranges name it.
  ///   - levelNames: The ladder's level names, so that `needLevels.3` reads as its name; without
  ///     them it reads as its number.
  /// - Returns: The label, or nil.
  static func label(for path: String, levelNames: [String] = []) -> Scenario.Phrase? {
    if let field = field(at: path) { return field.label }
    let components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard
      let pattern = partLabels.first(where: { pattern in
        pattern.components.count == components.count
          && zip(pattern.components, components).allSatisfy { $0 == "*" || $0 == $1 }
      })
    else { return nil }
    let named = zip(pattern.components, components).filter { $0.0 == "*" }.map(\.1)
    return pattern.label(named, levelNames)
  }

  /// A path with `*` for each component a part's number names, and how its label is made.
  struct PartLabel: Sendable {
    var components: [String]
    /// The label, from the components at the `*`s and the ladder's level names.
    var label: @Sendable (_ named: [String], _ levelNames: [String]) -> Scenario.Phrase

    init(
      _ path: String,
      _ label: @escaping @Sendable (_ named: [String], _ levelNames: [String]) -> Scenario.Phrase
    ) {
      components = path.split(separator: ".").map(String.init)
      self.label = label
    }
  }

  /// The numbers of the parts: the ladder, the transitions, anything by level or band, the
  /// population and its entrants.
  static let partLabels: [PartLabel] =
    [
      PartLabel("needLevels.*.utility") { named, levels in
        let level = levelName(named[0], levels)
        return phrase("the utility of level \(level)", "de utiliteit van niveau \(level)")
      },
      PartLabel("needLevels.*.annualCost.*") { named, levels in
        let (level, payer) = (levelName(named[0], levels), payerName(named[1]))
        return phrase(
          "the yearly care cost of level \(level) to the \(payer)",
          "de jaarlijkse zorgkosten van niveau \(level) voor de \(payer)")
      },
      PartLabel("needLevels.*.informalCareHoursPerWeek") { named, levels in
        let level = levelName(named[0], levels)
        return phrase(
          "the informal care hours a week at level \(level)",
          "de uren mantelzorg per week op niveau \(level)")
      },
      PartLabel("needLevels.*.carerStrainPerMonth") { named, levels in
        let level = levelName(named[0], levels)
        return phrase(
          "the carer strain a month at level \(level)",
          "de belasting van de mantelzorger per maand op niveau \(level)")
      },
      PartLabel("transitions.*.*") { named, _ in
        phrase(
          "the chance a month of a move from \(named[0]) to \(named[1])",
          "de kans per maand op een overgang van \(named[0]) naar \(named[1])")
      },
      PartLabel("mechanisms.escalation.crisisMonthlyProbability.*") { named, _ in
        phrase(
          "the chance a month of a crisis at level \(named[0])",
          "de kans per maand op een crisis op niveau \(named[0])")
      },
      PartLabel("covariates.agePerYearByLevel.*.*") { named, _ in
        let move =
          hazardMoves.first { $0.key == named[1] }?.words
          ?? (english: named[1], dutch: named[1])
        return phrase(
          "the hazard ratio of a year of age on \(move.english) at level \(named[0])",
          "de hazardratio van een levensjaar voor \(move.dutch) op niveau \(named[0])")
      },
      PartLabel("costsByAge.*.*.factor") { named, _ in
        let payer = payerName(named[0])
        return phrase(
          "the \(payer)'s cost factor of age band \(named[1])",
          "de kostenfactor van de \(payer) in leeftijdsband \(named[1])")
      },
      PartLabel("costsByAge.*.*.fromAge") { named, _ in
        let payer = payerName(named[0])
        return phrase(
          "the age from which the \(payer)'s age band \(named[1]) counts",
          "de leeftijd vanaf welke leeftijdsband \(named[1]) van de \(payer) geldt")
      },
      PartLabel("careAtHome.share") { _, _ in
        phrase("the share who choose care at home", "het aandeel dat voor zorg thuis kiest")
      },
      PartLabel("population.entrants.perMonth") { _, _ in
        phrase("the entrants a month", "de instromers per maand")
      },
      PartLabel("population.entrants.perThousandResidentsPerMonth") { _, _ in
        phrase(
          "the entrants a month per 1,000 residents", "de instromers per maand per 1.000 bewoners")
      },
    ]
    + mixLabels(at: "population", of: Group.residents)
    + mixLabels(at: "population.entrants", of: Group.entrants)

  /// Who a population's mix describes, and when.
  private struct Group: Sendable {
    var english: String
    var dutch: String
    var when: (english: String, dutch: String)

    static let residents = Group(
      english: "residents", dutch: "bewoners", when: ("at the start", "bij de start"))
    static let entrants = Group(
      english: "entrants", dutch: "instromers", when: ("on arrival", "bij aankomst"))
  }

  /// The labels of a mix's numbers (`population`'s or its entrants').
  private static func mixLabels(at path: String, of who: Group) -> [PartLabel] {
    let (english, dutch) = (who.english, who.dutch)
    var fixed: [(String, Scenario.Phrase)] = [
      (
        "femaleShare",
        phrase("the share of women among \(english)", "het aandeel vrouwen onder \(dutch)")
      ),
      (
        "livingAloneShare",
        phrase("the share of \(english) living alone", "het aandeel alleenwonende \(dutch)")
      ),
      (
        "livedFromAge",
        phrase(
          "the age from which the \(english)' histories are lived",
          "de leeftijd vanaf welke de voorgeschiedenis van de \(dutch) wordt gesimuleerd")
      ),
    ]
    let households = [
      ("livingAlone", "living alone", "alleenwonende"),
      ("livingWithOthers", "living with others", "samenwonende"),
    ]
    for (key, household, dutchHousehold) in households {
      fixed += [
        (
          "loneliness.\(key)",
          phrase(
            "loneliness of \(english) \(household)", "eenzaamheid van \(dutchHousehold) \(dutch)")
        ),
        (
          "informalCarer.\(key)",
          phrase(
            "a carer of \(english) \(household)",
            "het aandeel \(dutchHousehold) \(dutch) met een mantelzorger")
        ),
      ]
    }
    let bounds = [("from", "lowest", "laagste"), ("to", "highest", "hoogste")]
    return fixed.map { key, label in PartLabel("\(path).\(key)") { _, _ in label } }
      + bounds.map { key, bound, dutchBound in
        PartLabel("\(path).ageBands.*.\(key)") { named, _ in
          phrase(
            "the \(bound) age of the \(english)' age band \(named[0])",
            "de \(dutchBound) leeftijd van leeftijdsband \(named[0]) van de \(dutch)")
        }
      } + [
        PartLabel("\(path).initialNeed.*") { named, _ in
          phrase(
            "the share of \(english) at level \(named[0]) \(who.when.english)",
            "het aandeel \(dutch) op niveau \(named[0]) \(who.when.dutch)")
        },
        PartLabel("\(path).ageBands.*.share") { named, _ in
          phrase(
            "the share of \(english) in age band \(named[0])",
            "het aandeel \(dutch) in leeftijdsband \(named[0])")
        },
        PartLabel("\(path).ageBands.*.initialNeed.*") { named, _ in
          phrase(
            "the share of \(english) in age band \(named[0]) at level \(named[1]) "
              + who.when.english,
            "het aandeel \(dutch) in leeftijdsband \(named[0]) op niveau \(named[1]) "
              + who.when.dutch)
        },
      ]
  }

  private static func phrase(_ english: String, _ dutch: String) -> Scenario.Phrase {
    Scenario.Phrase(english: english, dutch: dutch)
  }

  /// A level by its name when the ladder is known, by its number in the path otherwise.
  private static func levelName(_ index: String, _ names: [String]) -> String {
    Int(index).flatMap { names.indices.contains($0) ? names[$0] : nil } ?? index
  }
}

extension Scenario {
  /// What a reader calls the parameter at `path`, in English and Dutch ("the relative risk of
  /// decline"): the schema's label, so that reports, the terminal and the workshop name a
  /// parameter alike; nil for a path the schema does not know.
  package static func parameterLabel(_ path: String, levelNames: [String] = []) -> Phrase? {
    ScenarioSchema.label(for: path, levelNames: levelNames)
  }
}
