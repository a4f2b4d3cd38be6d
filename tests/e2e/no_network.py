"""Run the digifelt CLI with every way to open a network connection disabled.

Any attempt is recorded on stderr as `NETWORK ATTEMPT` and fails; the test asserts none occurs.
"""

import socket
import sys


class _Refused(OSError):
    pass


def _refuse(*args, **kwargs):
    print(f"NETWORK ATTEMPT {args!r}", file=sys.stderr, flush=True)
    raise _Refused("network use is disabled in this test")


class _NoSocket(socket.socket):
    def connect(self, *args):
        _refuse(*args)

    def connect_ex(self, *args):
        _refuse(*args)

    def sendto(self, *args):
        _refuse(*args)


socket.socket = _NoSocket
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse

if __name__ == "__main__":
    from digifelt.cli import main

    sys.exit(main(sys.argv[1:]))
