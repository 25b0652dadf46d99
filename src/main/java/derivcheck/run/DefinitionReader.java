package derivcheck.run;

import derivcheck.expr.Call;
import derivcheck.expr.Chain;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Infix;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import derivcheck.lib.Definitions;
import derivcheck.lib.Variables;
import java.util.ArrayList;
import java.util.List;

/** Turns a parsed {@code name(x) = body} or {@code name = value} into a definition in force. */
final class DefinitionReader {
  private DefinitionReader() {}

  static Definitions add(Definitions defs, Chain c) throws IllegalArgumentException {
    if (!c.leading() && c.terms().size() == 1 && isDeclaration(c.terms().get(0))) {
      return defs.withDeclaration(c.terms().get(0)); // \mathbf{x} \in \mathbb{R}^n, f : A \to B
    }
    if (c.leading() || c.terms().size() != 2
        || (c.relations().get(0) != Relation.EQ && c.relations().get(0) != Relation.DEFINES)) {
      throw new IllegalArgumentException("a definition has the form name(x) = expression or name = expression");
    }
    Expr head = c.terms().get(0);
    Expr body = c.terms().get(1);
    if (head instanceof Call call && call.primes() == 0) {
      List<Var> params = new ArrayList<>();
      for (Expr a : call.args()) {
        if (!(a instanceof Var v)) {
          throw new IllegalArgumentException("the parameters of " + call.fn() + " must be plain variables");
        }
        if (params.contains(v)) throw new IllegalArgumentException("parameter " + v.name() + " appears twice");
        params.add(v);
      }
      return defs.with(new Definitions.FunctionDef(call.fn(), params, body));
    }
    if (head instanceof Var || Variables.isScalarEntry(head)) {
      if (Variables.free(body).contains(head)) {
        throw new IllegalArgumentException("a name cannot be defined in terms of itself");
      }
      return defs.withValue(head, body);
    }
    if (head instanceof Indexed entry && !Variables.isScalarEntry(head)) {
      return defs.withEntries(new Definitions.EntryDef(entry, body, c.conditions())); // S_{ij} = ..., (x * w)_i = ...
    }
    throw new IllegalArgumentException("a definition has the form name(x) = expression or name = expression");
  }

  /** A statement of shape or range: {@code x \in A} or {@code f : A \to B}. */
  private static boolean isDeclaration(Expr e) {
    return e instanceof Infix i && (i.op() == Infix.Op.IN || i.op() == Infix.Op.COLON);
  }
}
