/// A week's plan as a CSV that `planned load` and `salescoach check` read back.
extension WeekPlan {
    /// CSV with the columns `customer,visits,segment,reason,day,week,rep`: the
    /// carried visits (one row per customer, dated the first working day left),
    /// then one row per pick; `week` is the week's Monday, reasons are in `language`.
    ///
    /// - Parameter rep: the rep of a customer, by name, when the book says.
    public func csv(in language: Language = .en, rep: (String) -> String? = { _ in nil }) -> String {
        var out = CSVText.row(["customer", "visits", "segment", "reason", "day", "week", "rep"])
        let firstDay = week.workingDays(from: max(plan.today, week.start)).first ?? week.start
        for visit in carried {
            out += CSVText.row([
                visit.customerName, String(visit.visits), visit.segment?.rawValue ?? "", visit.reason(in: language),
                firstDay.description, week.start.description, rep(visit.customerName) ?? "",
            ])
        }
        for pick in picks {
            out += CSVText.row([
                pick.customer, "1", pick.segment.rawValue, pick.reason.text(in: language), pick.day.description,
                week.start.description, rep(pick.customer) ?? "",
            ])
        }
        return out
    }
}
