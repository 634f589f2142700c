import Foundation

/// Four English words in a row, the first place where a message meant to be
/// in Japanese still reads in English; nil when there is none. Option names,
/// file names and values from a file are single words, so they never count.
public func englishSentence(in text: String) -> String? {
    text.range(of: #"[A-Za-z]{2,}(?:[ ,;]+[A-Za-z']{2,}){3,}"#, options: .regularExpression).map { String(text[$0]) }
}
