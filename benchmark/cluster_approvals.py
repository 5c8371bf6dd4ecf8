#!/usr/bin/env python3
"""Recording-access approvals over HTTP, as staff would make them (benchmark/cluster-crash-test.sh).

  cluster_approvals.py run    --base URL --orders FILE --out DIR [--threads 2] [--seconds 20] [--node a|b] [--tag T]
  cluster_approvals.py e2e    --base URL --orders FILE --out DIR   apply pinned to node a, decide pinned to node b
  cluster_approvals.py finish --base URL --out DIR                 bring every application to its end, then judge
  cluster_approvals.py complaint --base URL --out DIR --client-jar JAR --broker-url URL
                                                                   a customer registers and complains on node a,
                                                                   customer service answers on node b

`run`: each thread applies as ops.agent (POST /api/recording-access-requests), then completes the
department head's task as ops.head and the security head's as sec.head (/engine-rest), through
the balancer at URL. Every answer that says a step committed (201, 204) is written to
DIR/steps.jsonl before the next step; an answer cut off by a killed node is not (its outcome is
unknown: the step may or may not have committed). Per status class the answers are counted into
DIR/answers-<tag>.json (5xx and cut connections are what a client would have to retry).
`--node` pins every request to one node through the balancer (cookie MEIKE_NODE).

`finish`: for every application whose apply committed, checks that what was committed is still
there (status at least as far as the last committed step), completes what is left on whichever node
the balancer picks, and requires in the end: every application APPROVED, exactly two decisions, a
grant. Prints a JSON verdict; exit 1 when anything is wrong.
"""
import argparse, base64, collections, json, os, random, re, subprocess, sys, threading, time, urllib.error, urllib.request

RANK = {"AWAITING_DEPARTMENT_HEAD": 1, "AWAITING_SECURITY_HEAD": 2, "APPROVED": 3}
STEP_RANK = {"applied": 1, "department": 2, "security": 3}
lock = threading.Lock()


class Cut(Exception):
    """No answer: the connection broke (a node killed under the request)."""


def call(base, method, path, user, body=None, node=None, timeout=60, token=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    elif user:
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if node:
        request.add_header("Cookie", f"MEIKE_NODE={node}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw) if raw else None
        except ValueError:
            return e.code, None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        raise Cut(str(e))


def record(out, event):
    with lock:
        with open(os.path.join(out, "steps.jsonl"), "a") as f:
            f.write(json.dumps(event) + "\n")


def task_of(base, user, application_id, node=None):
    status, tasks = call(base, "GET", f"/engine-rest/task?processInstanceBusinessKey={application_id}", user, node=node)
    if status != 200:
        return status, None
    return status, (tasks[0]["id"] if tasks else None)


def decide(base, user, step, application_id, node=None):
    """Completes the step's task; 204 when done now, 404 when there is no task (done before)."""
    status, task = task_of(base, user, application_id, node)
    if status != 200:
        return status
    if task is None:
        return 404
    body = {"variables": {f"{step}Approved": {"value": True, "type": "Boolean"},
                          f"{step}Comment": {"value": "cluster test: approved", "type": "String"}}}
    status, _ = call(base, "POST", f"/engine-rest/task/{task}/complete", user, body, node=node)
    return status


def apply(base, order, node=None):
    body = {"orderNumber": order, "use": "RULE_SPOT_CHECK", "reason": "Cluster test: spot check of the rules on this visit"}
    return call(base, "POST", "/api/recording-access-requests", "ops.agent", body, node=node)


def run(args):
    orders = json.load(open(args.orders))
    until = time.time() + args.seconds
    stop_file = os.path.join(args.out, "stop")
    answers = collections.Counter()
    done = [0]

    def count(status):
        with lock:
            answers["%dxx" % (status // 100)] += 1

    def worker(t):
        rnd = random.Random(t * 7919 + os.getpid())
        while time.time() < until and not os.path.exists(stop_file):
            try:
                status, body = apply(args.base, rnd.choice(orders), args.node)
                count(status)
                if status != 201:
                    time.sleep(0.5)
                    continue
                application = body["id"]
                record(args.out, {"id": application, "step": "applied"})
                for user, step, name in (("ops.head", "departmentHead", "department"), ("sec.head", "securityHead", "security")):
                    status = decide(args.base, user, step, application, args.node)
                    count(status)
                    if status != 204:
                        break
                    record(args.out, {"id": application, "step": name})
                else:
                    with lock:
                        done[0] += 1
            except Cut:
                with lock:
                    answers["cut"] += 1
                time.sleep(0.5)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(args.threads)]
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    result = {"tag": args.tag, "threads": args.threads, "seconds": round(elapsed, 1), "approved": done[0],
              "perSecond": round(done[0] / elapsed, 2), "answers": dict(answers)}
    json.dump(result, open(os.path.join(args.out, f"answers-{args.tag}.json"), "w"))
    print(json.dumps(result))


def steps(out):
    last = {}
    path = os.path.join(out, "steps.jsonl")
    if os.path.exists(path):
        for line in open(path):
            e = json.loads(line)
            last[e["id"]] = max(last.get(e["id"], 0), STEP_RANK[e["step"]])
    return last


def view(base, application_id):
    for _ in range(30):
        try:
            return call(base, "GET", f"/api/recording-access-requests/{application_id}", "ops.agent")
        except Cut:
            time.sleep(1)
    raise Cut("no answer for " + application_id)


def finish(args):
    committed = steps(args.out)
    lost, behind, unfinished, wrong = [], [], [], []
    for application, rank in sorted(committed.items()):
        status, body = view(args.base, application)
        if status != 200:
            lost.append(f"{application}: {status}")
            continue
        if RANK.get(body["status"], 0) < rank:
            behind.append(f"{application}: {body['status']} after a committed step {rank}")
        for _ in range(20):
            status, body = view(args.base, application)
            if body["status"] == "APPROVED":
                break
            try:
                if body["status"] == "AWAITING_DEPARTMENT_HEAD":
                    decide(args.base, "ops.head", "departmentHead", application)
                elif body["status"] == "AWAITING_SECURITY_HEAD":
                    decide(args.base, "sec.head", "securityHead", application)
                else:
                    break
            except Cut:
                time.sleep(1)
        status, body = view(args.base, application)
        if body["status"] != "APPROVED":
            unfinished.append(f"{application}: {body['status']}")
        elif len(body.get("decisions") or []) != 2 or not body.get("grantId"):
            wrong.append(f"{application}: {len(body.get('decisions') or [])} decisions, grant {body.get('grantId')}")
    verdict = {"committedApplications": len(committed), "lost": lost, "behindCommittedStep": behind,
               "notFinished": unfinished, "wrong": wrong}
    json.dump(verdict, open(os.path.join(args.out, "approvals-verdict.json"), "w"), indent=2)
    ok = committed and not lost and not behind and not unfinished and not wrong
    print(json.dumps({k: (v if isinstance(v, int) else len(v)) for k, v in verdict.items()}))
    sys.exit(0 if ok else 1)


def e2e(args):
    """Apply on node a, both decisions on node b, all through the balancer; then the grant."""
    order = json.load(open(args.orders))[0]
    status, body = apply(args.base, order, "a")
    assert status == 201, f"apply on node a: {status} {body}"
    application = body["id"]
    for user, step in (("ops.head", "departmentHead"), ("sec.head", "securityHead")):
        status = decide(args.base, user, step, application, "b")
        assert status == 204, f"{step} on node b: {status}"
    status, body = call(args.base, "GET", f"/api/recording-access-requests/{application}", "ops.agent", node="a")
    assert status == 200 and body["status"] == "APPROVED" and body.get("grantId"), f"after both decisions: {status} {body}"
    status, check = call(args.base, "POST", f"/api/recording-access-grants/{body['grantId']}/checks", "ops.agent",
                         {"orderNumber": order}, node="b")
    assert status == 200, f"grant check on node b: {status} {check}"
    print(json.dumps({"application": application, "appliedOn": "node-a", "decidedOn": "node-b", "status": "APPROVED",
                      "grantChecked": True}))


def sms_messages(args, wanted, seconds=120):
    """Receives as the SMS partner through the balancer (the reference client, which acknowledges
    every message) until a message satisfies wanted(json); everything received goes to
    DIR/complaint-sms.txt. Returns that message."""
    until = time.time() + seconds
    while time.time() < until:
        out = subprocess.run(["java", "-jar", args.client_jar, "--partner", "sms", "--url", args.broker_url,
                              "--idle-seconds", "5"], capture_output=True, text=True,
                             env=dict(os.environ, MEIKE_PARTNER_PASSWORD="demo")).stdout
        with open(os.path.join(args.out, "complaint-sms.txt"), "a") as f:
            f.write(out)
        for chunk in re.split(r"^--- .*$", out, flags=re.M)[1:]:
            try:
                message = json.loads(chunk)
            except ValueError:
                continue
            if wanted(message):
                return message
    raise AssertionError("no such SMS message within %d s" % seconds)


def complaint(args):
    """CMP-1 through the balancer: a customer registers with a code sent through the SMS partner
    (code asked on node a, account created on node b), files a complaint on node a; customer service
    answers it on node b; the customer reads the answer on node a and is told by SMS."""
    phone = "+86139%08d" % random.randrange(100_000_000)
    status, body = call(args.base, "POST", "/api/registrations/codes", None, {"phone": phone}, node="a")
    assert status == 202, f"code for a new phone on node a: {status} {body}"
    code = sms_messages(args, lambda m: (m.get("payload") or {}).get("phone") == phone)["payload"]["params"]["code"]
    status, body = call(args.base, "POST", "/api/registrations", None, {"phone": phone, "code": code, "role": "CUSTOMER"},
                        node="b")
    assert status == 201 and body.get("token"), f"registration on node b: {status} {body}"
    token = body["token"]
    status, body = call(args.base, "POST", "/api/me/complaints", None,
                        {"about": "SERVICE", "text": "Cluster test: the beautician arrived two hours late."},
                        node="a", token=token)
    assert status == 201 and body.get("state") == "OPEN", f"complaint filed on node a: {status} {body}"
    number = body["number"]
    task = None
    for _ in range(60):
        status, tasks = call(args.base, "GET", f"/engine-rest/task?processInstanceBusinessKey={number}", "cs.agent", node="b")
        if status == 200 and tasks:
            task = tasks[0]["id"]
            break
        time.sleep(1)
    assert task, f"no customer-service task for complaint {number} on node b"
    answer = "Cluster test: we apologise and refund the visit."
    variables = {"customerServiceOutcome": {"value": "ANSWER", "type": "String"},
                 "answerText": {"value": answer, "type": "String"},
                 "resolution": {"value": "UPHELD", "type": "String"}}
    status, body = call(args.base, "POST", f"/engine-rest/task/{task}/complete", "cs.agent", {"variables": variables}, node="b")
    assert status == 204, f"customer service answers on node b: {status} {body}"
    status, body = call(args.base, "GET", f"/api/me/complaints/{number}", None, node="a", token=token)
    assert status == 200 and body.get("state") == "CLOSED" and (body.get("answer") or {}).get("text") == answer \
        and body["answer"].get("handler") == "cs.agent", f"the customer reads the answer on node a: {status} {body}"
    told = sms_messages(args, lambda m: (m.get("payload") or {}).get("template") == "complaint-answered"
                        and ((m.get("payload") or {}).get("params") or {}).get("complaintNumber") == number)
    print(json.dumps({"complaint": number, "codeAskedOn": "node-a", "registeredOn": "node-b", "filedOn": "node-a",
                      "answeredOn": "node-b", "readOn": "node-a", "state": "CLOSED",
                      "smsTemplate": told["payload"]["template"]}))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["run", "finish", "e2e", "complaint"])
    p.add_argument("--base", required=True)
    p.add_argument("--orders")
    p.add_argument("--out", required=True)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--node")
    p.add_argument("--tag", default="load")
    p.add_argument("--client-jar")
    p.add_argument("--broker-url")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    {"run": run, "finish": finish, "e2e": e2e, "complaint": complaint}[args.mode](args)


if __name__ == "__main__":
    main()
