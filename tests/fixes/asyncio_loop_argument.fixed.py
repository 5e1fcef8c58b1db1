# pysunset-fixture: target=3.12 unsafe
"""loop= arguments (removed in 3.10) are dropped: an unsafe fix, as another loop than the running one may have been meant."""
import asyncio


async def main(loop, job, task, handle):
    await asyncio.sleep(1)
    await asyncio.gather(job())
    await asyncio.shield(job())
    await asyncio.wait_for(job(), 5)
    await asyncio.wait([task])
    asyncio.as_completed([task])
    await asyncio.create_subprocess_exec("ls")
    await asyncio.create_subprocess_shell("ls")
    await asyncio.open_connection("example.com", 80)
    await asyncio.start_server(handle, port=8000)
    await asyncio.open_unix_connection("/tmp/s")
    await asyncio.start_unix_server(handle, "/tmp/s")
    primitives = (asyncio.Lock(), asyncio.Event(), asyncio.Condition(),
                  asyncio.Semaphore(2), asyncio.BoundedSemaphore(2), asyncio.Queue())
    return primitives
