namespace IOC.Ingestion.Simulator;

/// <summary>Draws items in proportion to their weights.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var positive = weighted.Where(w => w.Weight > 0).ToArray();
        _items = positive.Select(w => w.Item).ToArray();
        _cumulative = new double[positive.Length];
        var sum = 0.0;
        for (var i = 0; i < positive.Length; i++)
        {
            sum += positive[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public bool IsEmpty => _items.Length == 0;

    public double TotalWeight => _cumulative.Length == 0 ? 0 : _cumulative[^1];

    public T Draw(Random random)
    {
        var target = random.NextDouble() * TotalWeight;
        var index = Array.BinarySearch(_cumulative, target);
        return _items[Math.Min(index < 0 ? ~index : index + 1, _items.Length - 1)];
    }
}
