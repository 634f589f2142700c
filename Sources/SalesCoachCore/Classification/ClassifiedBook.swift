/// A book's classifications kept with the classifier that made them: what
/// the book after a change is classified against, so that a `set` on one
/// customer of a large book makes again only the axis scores it moved.
///
/// Why this is exact: a metric's score is (2·below + equal + 1)/(2n), so a
/// change to one customer's value moves the rank sums of only the customers
/// whose values lie between its old value and its new one, and an axis score
/// is a function of the configuration, each metric's population, and the
/// row's own values and rank sums alone. Where all of those are as they were,
/// the score made before is the score. Building every customer's exact scores
/// again was most of a `set` on a 10,000-customer book.
///
/// The moves are never kept: a move's target is another customer's value,
/// so each classification reads its moves from the newest classifier.
///
/// ```swift
/// let before = Classifier().classifyKeeping(book.customers, reusing: nil)
/// let after = Classifier().classifyKeeping(changed.customers, reusing: before)
/// after.classifications == Classifier().classify(changed.customers)  // true
/// ```
public struct ClassifiedBook: Sendable {
    /// The customers' classifications, in their order.
    public let classifications: [Classification]
    /// The integer classifier that made them; nil when the configuration
    /// needed fractions throughout, and then nothing is reused.
    let classifier: BatchClassifier?
    /// The rows whose customer or axis scores may differ from those of the
    /// book this one reused, row for row; nil when nothing was reused (any
    /// row may differ). What a session updates its own indexes by.
    public let changes: ClassificationChanges?
}

/// The rows of a classification that may differ from the one before it.
/// Every other row has the same customer and the very same axis scores;
/// the moves are not compared (a move's target is another customer's value).
public struct ClassificationChanges: Sendable, Equatable {
    /// Rows whose customer changed (any value, the name, rep, notes or last visit).
    public let edited: [Int]
    /// Rows with the same customer whose axis scores were made again (they
    /// may or may not have moved).
    public let rescored: [Int]

    public init(edited: [Int], rescored: [Int]) {
        self.edited = edited
        self.rescored = rescored
    }

    /// Every changed row, in order.
    public var rows: [Int] { (edited + rescored).sorted() }

    /// The changes of `self` followed by those of `later`, against the book before `self`.
    public func then(_ later: ClassificationChanges) -> ClassificationChanges {
        let edited = Set(self.edited).union(later.edited)
        let rescored = Set(self.rescored).union(later.rescored).subtracting(edited)
        return ClassificationChanges(edited: edited.sorted(), rescored: rescored.sorted())
    }
}

extension Classifier {
    /// Classifies `customers` as `classify(_:)` does, taking each row's axis
    /// scores from `previous` wherever nothing they depend on has changed
    /// (see `ClassifiedBook`). `previous` may be of any book: a row is reused
    /// only when its own inputs are the same, never by its name.
    public func classifyKeeping(_ customers: [Customer], reusing previous: ClassifiedBook?) -> ClassifiedBook {
        guard let batch = BatchClassifier(customers: customers, config: config, sortingLike: previous?.classifier) else {
            return ClassifiedBook(classifications: classifyWithFractions(customers), classifier: nil, changes: nil)
        }
        guard let previous, let earlier = previous.classifier, batch.ranksAlike(earlier),
            previous.classifications.count == customers.count
        else {
            return ClassifiedBook(classifications: batch.classifications(of: customers), classifier: batch, changes: nil)
        }
        let (classifications, changes) = batch.classifications(
            of: customers, reusing: previous.classifications, madeBy: earlier)
        return ClassifiedBook(classifications: classifications, classifier: batch, changes: changes)
    }
}
