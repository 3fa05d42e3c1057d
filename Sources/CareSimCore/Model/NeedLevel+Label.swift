extension NeedLevel {
  /// What a reader calls a level, in English and Dutch ("not self-reliant", "niet zelfredzaam"),
  /// beside the name a file keys it by (`notSelfReliant`).
  ///
  /// A name is a key, written for paths and transitions; a label is words, written for a
  /// sentence, so that no report, table or page shows a key where it means a level.
  public struct Label: Sendable, Equatable {
    /// The level's name, as the file and its paths key it.
    public var name: String
    public var english: String
    public var dutch: String

    public init(name: String, english: String, dutch: String) {
      self.name = name
      self.english = english
      self.dutch = dutch
    }

    /// The label of a level whose file gives none: the words of its name, in both languages
    /// (`multipleProblems` and `multiple_problems` read "multiple problems"; an abbreviation in
    /// capitals keeps them, `ADLHelp` reads "ADL help").
    public init(name: String) {
      let words = Self.words(name)
      self.init(name: name, english: words, dutch: words)
    }

    /// The words of a key: split where a lower-case letter or a digit meets a capital, before
    /// the last capital of a run followed by a lower-case letter, and at `_` and `-`; each word
    /// in lower case unless it is all capitals.
    static func words(_ key: String) -> String {
      var words: [String] = []
      var word = ""
      let letters = Array(key)
      for (index, letter) in letters.enumerated() {
        if letter == "_" || letter == "-" || letter == " " {
          if !word.isEmpty { words.append(word) }
          word = ""
          continue
        }
        if letter.isUppercase, let last = word.last {
          let next = index + 1 < letters.count ? letters[index + 1] : nil
          if last.isLowercase || last.isNumber || (last.isUppercase && next?.isLowercase == true) {
            words.append(word)
            word = ""
          }
        }
        word.append(letter)
      }
      if !word.isEmpty { words.append(word) }
      return words.map { word in
        word.count > 1 && word.allSatisfy { !$0.isLowercase } ? word : word.lowercased()
      }.joined(separator: " ")
    }
  }
}
