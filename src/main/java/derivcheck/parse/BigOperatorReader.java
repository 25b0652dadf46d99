package derivcheck.parse;

import static derivcheck.parse.antlr.LatexMathParser.*;

import derivcheck.expr.BigOp;
import derivcheck.expr.Expr;
import derivcheck.expr.Indexed;
import derivcheck.expr.Infix;
import derivcheck.expr.Limit;
import derivcheck.expr.Relation;
import derivcheck.expr.Var;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** {@code \sum_{i=1}^{n}}, {@code \prod_j}, {@code \lim_{x \to a}}: prefixes whose body is the rest of the term. */
final class BigOperatorReader {
  private final TreeBuilder b;

  BigOperatorReader(TreeBuilder b) {
    this.b = b;
  }

  Piece read(Token t, Piece.Scripts s, FactorContext f) {
    String name = t.getText();
    if (s.primes() > 0) throw ParseFailure.at(f, "'" + name + "' cannot take a prime");
    String missing = "'" + name + "' needs an expression after it";
    if (name.equals("\\lim")) {
      if (s.sub() == null || s.sup() != null) {
        throw ParseFailure.at(f, "'\\lim' needs its limit point below it, as in \\lim_{x \\to 0}");
      }
      Expr under = b.scripts.expr(s.sub());
      if (!(under instanceof Infix i && i.op() == Infix.Op.TO && (i.lhs() instanceof Var
          || i.lhs() instanceof Indexed))) {
        throw ParseFailure.at(s.sub(), "'\\lim' needs its limit point below it, as in \\lim_{x \\to 0}");
      }
      return new Piece.TermPrefix(body -> new Limit(i.lhs(), i.rhs(), body), missing, f);
    }
    BigOp.Kind kind = name.equals("\\sum") ? BigOp.Kind.SUM : BigOp.Kind.PROD;
    String example = "as in " + name + "_{i=1}^{n}";
    if (s.sub() == null) throw ParseFailure.at(f, "'" + name + "' needs an index below it, " + example);
    var indices = new ArrayList<Var>();
    Expr lower = null;
    ScriptContext sub = s.sub();
    if (sub.scriptBody() != null && sub.scriptBody().relList() != null) {
      List<RelChainContext> parts = sub.scriptBody().relList().relChain();
      for (RelChainContext part : parts) {
        if (part.relation().isEmpty()) {
          indices.add(index(b.relChain(part), part, name));
        } else if (parts.size() == 1 && part.relation().size() == 1
            && TreeBuilder.relation(part.relation(0)) == Relation.EQ) {
          indices.add(index(b.stmt(part.stmt(0)), part, name));
          lower = b.stmt(part.stmt(1));
        } else {
          throw ParseFailure.at(part, "the range of '" + name + "' must be written i=1 or i, " + example);
        }
      }
    } else {
      indices.add(index(b.scripts.expr(sub), sub, name));
    }
    Expr upper = s.sup() == null ? null : b.scripts.expr(s.sup());
    if (lower != null && upper == null) {
      throw ParseFailure.at(f, "'" + name + "' with a lower bound needs an upper bound, " + example);
    }
    if (lower == null && upper != null) {
      throw ParseFailure.at(f, "'" + name + "' with an upper bound needs a lower bound, " + example);
    }
    Expr lo = lower;
    return new Piece.TermPrefix(body -> {
      Expr e = body;
      for (int k = indices.size() - 1; k >= 0; k--) e = new BigOp(kind, indices.get(k), lo, upper, e);
      return e;
    }, missing, f);
  }

  private static Var index(Expr e, org.antlr.v4.runtime.ParserRuleContext where, String name) {
    if (e instanceof Var v) return v;
    throw ParseFailure.at(where, "the index of '" + name + "' must be a variable");
  }
}
