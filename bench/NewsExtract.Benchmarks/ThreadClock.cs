using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsExtract.Benchmarks;

/// <summary>CPU time of the calling thread: on a shared machine it counts the work done, not the time spent waiting for a core.</summary>
internal static class ThreadClock
{
    /// <summary>This thread's CPU time (Linux, CLOCK_THREAD_CPUTIME_ID); the whole process's elsewhere.</summary>
    public static double CpuSeconds()
    {
        if (OperatingSystem.IsLinux() && NativeMethods.clock_gettime(NativeMethods.ClockThreadCpuTime, out var time) == 0)
        {
            return time.Seconds + time.Nanoseconds / 1e9;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    private static class NativeMethods
    {
        public const int ClockThreadCpuTime = 3;

        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // A plain DllImport: the benchmark needs no source-generated marshalling for one blittable struct.
        public static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
