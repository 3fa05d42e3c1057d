import CareSimCore

/// What a report calls a field of the file, by its path.
extension ScenarioSchema {
  /// What a sentence calls the field at `path` ("the relative risk of decline"), in English and
  /// Dutch: a plain field's label, or for a number of a part one made from what its path names
  /// (a level, a payer, a band); nil for a path the schema does not know.
  ///
  /// - Parameters:
  ///   - path: A field's path, as `caresim sweep` and the ranges name it.
  ///   - levels: The ladder's labels, so that `needLevels.3` and `transitions.independent`
  ///     read as the level's label; a level they do not name reads as the words of its key.
  /// - Returns: The label, or nil.
  static func label(for path: String, levels: [NeedLevel.Label] = []) -> Scenario.Phrase? {
    if let field = field(at: path) { return field.label }
    guard let (part, named) = part(at: path) else { return nil }
    return part.label(named, levels)
  }

  /// What the field at `path` measures: a plain field's unit, or a part's; nil for a path the
  /// schema does not know, or a part whose unit it does not say.
  static func unit(of path: String) -> ScenarioUnit? {
    field(at: path)?.unit ?? part(at: path)?.part.unit
  }

  /// The part whose pattern `path` matches, with the components its `*`s stand for.
  private static func part(at path: String) -> (part: PartLabel, named: [String])? {
    let components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard
      let pattern = partLabels.first(where: { pattern in
        pattern.components.count == components.count
          && zip(pattern.components, components).allSatisfy { $0 == "*" || $0 == $1 }
      })
    else { return nil }
    return (pattern, zip(pattern.components, components).filter { $0.0 == "*" }.map(\.1))
  }

  /// A path with `*` for each component a part's number names, how its label is made, and,
  /// where a page writes its value in one, its unit.
  struct PartLabel: Sendable {
    var components: [String]
    var unit: ScenarioUnit?
    /// The label, from the components at the `*`s and the ladder's labels.
    var label: @Sendable (_ named: [String], _ levels: [NeedLevel.Label]) -> Scenario.Phrase

    init(
      _ path: String, unit: ScenarioUnit? = nil,
      _ label:
        @escaping @Sendable (_ named: [String], _ levels: [NeedLevel.Label]) -> Scenario.Phrase
    ) {
      components = path.split(separator: ".").map(String.init)
      self.unit = unit
      self.label = label
    }
  }

  /// The numbers of the parts: the ladder, the transitions, anything by level or band, the
  /// population and its entrants.
  static let partLabels: [PartLabel] =
    [
      PartLabel("needLevels.*.utility") { named, levels in
        let level = quoted(named[0], levels)
        return phrase(
          "the utility of level \(level.english)", "de utiliteit van niveau \(level.dutch)")
      },
      PartLabel("needLevels.*.annualCost.*", unit: .eurosAYear) { named, levels in
        let (level, payer) = (quoted(named[0], levels), payerName(named[1]))
        return phrase(
          "the yearly care cost of level \(level.english) to the \(payer)",
          "de jaarlijkse zorgkosten van niveau \(level.dutch) voor de \(payer)")
      },
      PartLabel("needLevels.*.informalCareHoursPerWeek") { named, levels in
        let level = quoted(named[0], levels)
        return phrase(
          "the informal care hours a week at level \(level.english)",
          "de uren mantelzorg per week op niveau \(level.dutch)")
      },
      PartLabel("needLevels.*.carerStrainPerMonth") { named, levels in
        let level = quoted(named[0], levels)
        return phrase(
          "the carer strain a month at level \(level.english)",
          "de belasting van de mantelzorger per maand op niveau \(level.dutch)")
      },
      PartLabel("transitions.*.*") { named, levels in
        let (from, to) = (quoted(named[0], levels), quoted(named[1], levels))
        return phrase(
          "the chance a month of a move from \(from.english) to \(to.english)",
          "de kans per maand op een overgang van \(from.dutch) naar \(to.dutch)")
      },
      PartLabel("mechanisms.escalation.crisisMonthlyProbability.*") { named, levels in
        let level = quoted(named[0], levels)
        return phrase(
          "the chance a month of a crisis at level \(level.english)",
          "de kans per maand op een crisis op niveau \(level.dutch)")
      },
      PartLabel("covariates.agePerYearByLevel.*.*") { named, levels in
        let level = quoted(named[0], levels)
        let move =
          hazardMoves.first { $0.key == named[1] }?.words
          ?? (english: named[1], dutch: named[1])
        return phrase(
          "the hazard ratio of a year of age on \(move.english) at level \(level.english)",
          "de hazardratio van een levensjaar voor \(move.dutch) op niveau \(level.dutch)")
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
        PartLabel("\(path).initialNeed.*") { named, levels in
          let level = quoted(named[0], levels)
          return phrase(
            "the share of \(english) at level \(level.english) \(who.when.english)",
            "het aandeel \(dutch) op niveau \(level.dutch) \(who.when.dutch)")
        },
        PartLabel("\(path).ageBands.*.share") { named, _ in
          phrase(
            "the share of \(english) in age band \(named[0])",
            "het aandeel \(dutch) in leeftijdsband \(named[0])")
        },
        PartLabel("\(path).ageBands.*.initialNeed.*") { named, levels in
          let level = quoted(named[1], levels)
          return phrase(
            "the share of \(english) in age band \(named[0]) at level \(level.english) "
              + who.when.english,
            "het aandeel \(dutch) in leeftijdsband \(named[0]) op niveau \(level.dutch) "
              + who.when.dutch)
        },
      ]
  }

  private static func phrase(_ english: String, _ dutch: String) -> Scenario.Phrase {
    Scenario.Phrase(english: english, dutch: dutch)
  }

  /// A level as a label names it, in quotes, in English and Dutch: `key` is its number in the
  /// ladder (`needLevels.3`) or its name (`transitions.independent`); a level the ladder does not
  /// name reads as the words of its key.
  private static func quoted(_ key: String, _ levels: [NeedLevel.Label]) -> (
    english: String, dutch: String
  ) {
    let level =
      Int(key).flatMap { levels.indices.contains($0) ? levels[$0] : nil }
      ?? levels.first { $0.name == key } ?? NeedLevel.Label(name: key)
    return ("'\(level.english)'", "'\(level.dutch)'")
  }
}

extension Scenario {
  /// What a reader calls the parameter at `path`, in English and Dutch ("the relative risk of
  /// decline"): the schema's label, so that reports, the terminal and the workshop name a
  /// parameter alike; nil for a path the schema does not know.
  package static func parameterLabel(_ path: String, levels: [NeedLevel.Label] = [])
    -> Phrase?
  {
    ScenarioSchema.label(for: path, levels: levels)
  }

  /// Whether the parameter at `path` is an amount of euros, and what per ("a year"; nil for an
  /// amount per nothing), so that a page writes its value as one: a field or part whose unit the
  /// schema gives as euros (a level's yearly care cost, the programme's costs).
  package static func isEuroAmount(_ path: String) -> (isEuros: Bool, per: Phrase?) {
    guard let unit = ScenarioSchema.unit(of: path), unit.quantity == .euros else {
      return (false, nil)
    }
    return (true, unit.per)
  }

  /// What a reader calls the parameter at `path` in this scenario: ``parameterLabel(_:levels:)``
  /// with its levels' labels.
  package func parameterLabel(_ path: String) -> Phrase? {
    Self.parameterLabel(path, levels: levelLabels)
  }
}
