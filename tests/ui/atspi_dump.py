import json, sys, time
import pyatspi

def find_app(name, timeout):
    end = time.time() + timeout
    while time.time() < end:
        for a in pyatspi.Registry.getDesktop(0):
            if a is not None and (a.name or "") == name and a.childCount:
                return a
        time.sleep(0.3)
    return None

def walk(acc, path, out):
    role = acc.getRoleName()
    node = {"path": path, "role": role, "name": acc.name or "", "description": acc.description or ""}
    labels = []
    for rel in acc.getRelationSet():
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labels += [rel.getTarget(i).name or "" for i in range(rel.getNTargets())]
    node["labelled_by"] = labels
    node["showing"] = acc.getState().contains(pyatspi.STATE_SHOWING)
    if role == "combo box":
        items = []
        for i in range(acc.childCount):
            lst = acc.getChildAtIndex(i)
            items += [lst.getChildAtIndex(j).name for j in range(lst.childCount)] if lst else []
        node["items"] = items
    out.append(node)
    if role in ("combo box", "table"):  # their cells and items are data, not controls
        return
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, path + [f"{role}:{node['name']}"], out)

app = find_app(sys.argv[1], float(sys.argv[2]))
if app is None:
    print(json.dumps({"error": "no application", "apps": [a.name for a in pyatspi.Registry.getDesktop(0) if a]}))
    sys.exit(3)
# the pages are built one by one after the first paint: walk until the tree stops growing
out, before = [], -1
end = time.time() + 30
while time.time() < end:
    out = []
    walk(app, [], out)
    if len(out) == before:
        break
    before = len(out)
    time.sleep(1.0)
print(json.dumps({"nodes": out}, ensure_ascii=False))
