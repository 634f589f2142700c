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
}

extension Classifier {
    /// Classifies `customers` as `classify(_:)` does, taking each row's axis
    /// scores from `previous` wherever nothing they depend on has changed
    /// (see `ClassifiedBook`). `previous` may be of any book: a row is reused
    /// only when its own inputs are the same, never by its name.
    public func classifyKeeping(_ customers: [Customer], reusing previous: ClassifiedBook?) -> ClassifiedBook {
        guard let batch = BatchClassifier(customers: customers, config: config) else {
            return ClassifiedBook(classifications: classifyWithFractions(customers), classifier: nil)
        }
        guard let previous, let earlier = previous.classifier, batch.ranksAlike(earlier),
            previous.classifications.count == customers.count
        else {
            return ClassifiedBook(classifications: batch.classifications(of: customers), classifier: batch)
        }
        return ClassifiedBook(
            classifications: batch.classifications(of: customers, reusing: previous.classifications, madeBy: earlier),
            classifier: batch)
    }
}
