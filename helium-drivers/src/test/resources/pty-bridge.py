import os, pty, socket, sys, select, tty
port = int(sys.argv[1])
master, slave = os.openpty()
tty.setraw(slave)
print(os.ttyname(slave), flush=True)
s = socket.create_connection(("127.0.0.1", port))
while True:
    r, _, _ = select.select([master, s, sys.stdin], [], [])
    if sys.stdin in r:
        if not sys.stdin.buffer.read1(1024): break
    if master in r:
        try: d = os.read(master, 1024)
        except OSError: d = b''
        if d: s.sendall(d)
    if s in r:
        d = s.recv(1024)
        if not d: break
        os.write(master, d)
