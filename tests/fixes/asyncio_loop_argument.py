# pysunset-fixture: target=3.12 unsafe
"""loop= arguments (removed in 3.10) are dropped: an unsafe fix, as another loop than the running one may have been meant."""
import asyncio


async def main(loop, job, task, handle):
    await asyncio.sleep(1, loop=loop)
    await asyncio.gather(job(), loop=loop)
    await asyncio.shield(job(), loop=loop)
    await asyncio.wait_for(job(), 5, loop=loop)
    await asyncio.wait([task], loop=loop)
    asyncio.as_completed([task], loop=loop)
    await asyncio.create_subprocess_exec("ls", loop=loop)
    await asyncio.create_subprocess_shell("ls", loop=loop)
    await asyncio.open_connection("example.com", 80, loop=loop)
    await asyncio.start_server(handle, port=8000, loop=loop)
    await asyncio.open_unix_connection("/tmp/s", loop=loop)
    await asyncio.start_unix_server(handle, "/tmp/s", loop=loop)
    primitives = (asyncio.Lock(loop=loop), asyncio.Event(loop=loop), asyncio.Condition(loop=loop),
                  asyncio.Semaphore(2, loop=loop), asyncio.BoundedSemaphore(2, loop=loop), asyncio.Queue(loop=loop))
    return primitives
