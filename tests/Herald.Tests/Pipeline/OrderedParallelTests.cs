using Herald.Pipeline;

namespace Herald.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Keeps_input_order_when_items_finish_out_of_order()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 100).Select(_ => random.Next(0, 4)).ToArray();
        var output = OrderedParallel.Map(Enumerable.Range(0, 100), i =>
        {
            Thread.Sleep(delays[i]);
            return i * 2;
        }, degree: 4).ToList();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 2), output);
    }

    [Fact]
    public void Reads_ahead_only_a_bounded_window()
    {
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 10_000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
        using var results = OrderedParallel.Map(Source(), i => i, degree: 2).GetEnumerator();
        Assert.True(results.MoveNext());
        Thread.Sleep(200);
        // Two workers, a window of eight pending results, plus the items being handed over.
        Assert.InRange(Volatile.Read(ref read), 1, 16);
    }

    [Fact]
    public void Stopping_early_releases_the_reader()
    {
        var first = OrderedParallel.Map(Enumerable.Range(0, 1_000_000), i => i, degree: 2).Take(3).ToList();
        Assert.Equal([0, 1, 2], first);
    }

    [Fact]
    public void A_failing_source_surfaces_on_the_reader_thread()
    {
        IEnumerable<int> Broken()
        {
            yield return 1;
            throw new InvalidDataException("disk gone");
        }
        var error = Assert.Throws<AggregateException>(() => OrderedParallel.Map(Broken(), i => i, degree: 2).ToList());
        Assert.IsType<InvalidDataException>(error.InnerException);
    }
}
