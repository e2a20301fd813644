namespace IOC.Dashboard.Figures;

/// <summary>
/// A dictionary of at most <see cref="Capacity"/> entries that drops the least recently used one first. Not thread-safe:
/// its owner locks around it.
/// </summary>
internal sealed class LeastRecentlyUsed<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _nodes;
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _order = new();

    public LeastRecentlyUsed(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _nodes = new Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>>(capacity + 1);
    }

    public int Capacity { get; }

    public int Count => _nodes.Count;

    /// <summary>Every entry, the most recently used first.</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> Entries => _order;

    /// <summary>The value of the key, which becomes the most recently used.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        if (!_nodes.TryGetValue(key, out var node))
        {
            value = default!;
            return false;
        }
        _order.Remove(node);
        _order.AddFirst(node);
        value = node.Value.Value;
        return true;
    }

    /// <summary>Sets the key's value as the most recently used, dropping the least recently used entry when full.</summary>
    public void Set(TKey key, TValue value)
    {
        if (_nodes.Remove(key, out var old))
        {
            _order.Remove(old);
        }
        _nodes[key] = _order.AddFirst(KeyValuePair.Create(key, value));
        if (_nodes.Count > Capacity)
        {
            _nodes.Remove(_order.Last!.Value.Key);
            _order.RemoveLast();
        }
    }

    /// <summary>Removes every entry that matches; returns how many.</summary>
    public int RemoveWhere(Func<TKey, TValue, bool> matches)
    {
        var removed = 0;
        for (var node = _order.First; node is not null;)
        {
            var next = node.Next;
            if (matches(node.Value.Key, node.Value.Value))
            {
                _order.Remove(node);
                _nodes.Remove(node.Value.Key);
                removed++;
            }
            node = next;
        }
        return removed;
    }
}
