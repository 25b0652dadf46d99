/*
 * LaTeX mathematics as people write it in homework, read into a parse tree that derivcheck.parse turns into
 * derivcheck.expr. The grammar fixes the precedence skeleton; the meaning of names (is `f` a function? is
 * `\frac{d}{dx}` a derivative?) depends on run-time options and is decided by the Java tree builder.
 * See grammar/README.md for the written rules.
 *
 * Before the parser runs, derivcheck.parse.TokenPass rewrites the token list: it checks commands and brackets,
 * removes \left, \right and \big sizes, decides for each '|' whether it opens or closes (ABS_OPEN/ABS_CLOSE,
 * or EVAL_OPEN/EVAL_BAR for an evaluation bar `\left. f \right|_{x=0}`, `f \Big|_{x=0}`),
 * likewise NORM_OPEN/NORM_CLOSE for '\|'), maps unicode symbols to commands and drops top-level '&'.
 */
grammar LatexMath;

tokens { ABS_OPEN, ABS_CLOSE, NORM_OPEN, NORM_CLOSE, EVAL_OPEN, EVAL_BAR }

// ------------------------------------------------------------------ parser

exprInput  : stmt EOF ;

/** A relation chain; an align row may start with its relation (`&= b`). */
chainInput : relation? stmt (relation stmt)* EOF ;

relation : EQ | NEQ | LT | LE | GT | GE | APPROX | DEFINES ;

/** Statements bind more loosely than arithmetic: `f : A \to B`, `x \mapsto y`, `x \in S`, `a \propto b`. */
stmt    : FORALL stmt
        | mapping (COLON mapping)?
        ;
mapping : member ((TO | MAPSTO | GETS) mapping)? ;
member  : expr ((IN | NOTIN | SUBSET | SUBSETEQ | PROPTO) expr)* ;

expr    : term ((PLUS | MINUS) term)* ;
term    : (PLUS | MINUS) term
        | product
        ;

/** Explicit products and quotients; implicit multiplication (a `group`) binds tighter: `1/2x` is 1/(2x). */
product : group (mulOp (PLUS | MINUS)? group)* ;
mulOp   : CDOT | TIMES | SLASH | STAR | FULL_STAR | CIRCLED_STAR | CIRC | BMOD | ODOT | OTIMES ;

/** Juxtaposed factors. An optimizer (`\min_{k}`, `\operatorname{argmin}_w`) takes the rest of the expression. */
group   : factor+ optimizer?
        | optimizer
        ;
optimizer : optHead expr ;
optHead   : (MINMAX | ARGOPT) UNDERSCORE script
          | UNDERSET LBRACE relList RBRACE LBRACE (MINMAX | ARGOPT) RBRACE
          ;

factor  : primary postfix* ;
postfix : CARET script
        | UNDERSCORE script
        | PRIME
        ;

/** A sub- or superscript: one token, or a braced group. */
script     : LBRACE scriptBody RBRACE
           | NUMBER | LETTER | CMD | UNICODE_SYMBOL | TEXT | STAR | TOP | PRIME | PLUS
           | FONT fontArg
           ;
/** `^{(2)\top}` labels and transposes at once. */
scriptBody : STAR | PLUS | MINUS | TOP | PRIME | relList TOP? ;

relList  : relChain (COMMA relChain)* ;
relChain : stmt (relation stmt)* ;

primary
  : NUMBER                                                # number
  | LETTER                                                # letter
  | (CMD | UNICODE_SYMBOL)                                # command
  | TEXT                                                  # text
  | FONT fontArg                                          # font
  | ACCENT accentArg                                      # accent
  | DOTS                                                  # dots
  | FRAC num=fracArg den=fracArg                          # frac
  | SQRT (LBRACK index=expr RBRACK)? sqrtArg              # sqrt
  | MINMAX (LPAREN items RPAREN | LCURLY items RCURLY)    # minMaxCall
  | LPAREN items RPAREN                                   # parens
  | LBRACK items RBRACK                                   # brackets
  | LCURLY items? RCURLY                                  # set
  | LBRACE stmt RBRACE                                    # braced
  | ABS_OPEN expr ABS_CLOSE                               # abs
  | NORM_OPEN (CDOT | expr) NORM_CLOSE                    # norm
  | LANGLE items RANGLE                                   # angle
  | LFLOOR expr RFLOOR                                    # floor
  | LCEIL expr RCEIL                                      # ceil
  | UNDERBRACE LBRACE stmt RBRACE (UNDERSCORE script)?    # underbrace
  | EVAL_OPEN stmt EVAL_BAR UNDERSCORE script             # evaluated
  | BEGIN envBody END                                     # environment
  ;

items : item (COMMA item)* ;
item  : CDOT | relChain ;

fracArg   : LBRACE stmt RBRACE | NUMBER | LETTER | CMD | UNICODE_SYMBOL ;
sqrtArg   : LBRACE expr RBRACE | NUMBER | LETTER | CMD | UNICODE_SYMBOL ;
fontArg   : LBRACE (LETTER | NUMBER | CMD | UNICODE_SYMBOL)+ RBRACE | LETTER | NUMBER | CMD | UNICODE_SYMBOL ;
accentArg : LBRACE accentArg RBRACE | LETTER | CMD | UNICODE_SYMBOL | FONT fontArg | ACCENT accentArg ;

/** Rows separated by `\\`, cells by `&`; an empty cell is allowed (a blank matrix entry). */
envBody : envRow (ROWSEP envRow)* ;
envRow  : envCell (AMP envCell)* ;
envCell : relChain? ;

// ------------------------------------------------------------------ lexer
// Ties between rules of equal length go to the rule listed first; longer matches always win
// (`\left` over `\le`, `\cdots` over `\cdot`, `\infty` over `\in`).

WS : [ \t\r\n]+ -> skip ;

// Spacing is invisible to the parser but the token pass sees it: `\quad` separates side conditions.
QUAD       : ('\\quad' | '\\qquad') -> channel(HIDDEN) ;
SPACE      : ('\\,' | '\\;' | '\\:' | '\\!' | '\\>' | '\\ ' | '~' | '\\enspace' | '\\thinspace'
             | '\\medspace' | '\\thickspace' | '\\negthinspace' | ('\\hspace' '*'? [ \t]* '{' ~[}]* '}'))
             -> channel(HIDDEN) ;
// Labels, tags and style switches carry no mathematics.
IGNORED    : ((('\\label' | '\\tag' '*'? | '\\eqref' | '\\ref') [ \t]* '{' ~[}]* '}')
             | '\\nonumber' | '\\notag' | '\\displaystyle' | '\\textstyle' | '\\scriptstyle' | '\\limits'
             | '\\nolimits'
             // end-of-proof marks: \qed, \blacksquare, \square, \Box, \qedsymbol, \hfill, U+220E
             | '\\qed' | '\\qedsymbol' | '\\blacksquare' | '\\square' | '\\Box' | '\\hfill' | '\u220E')
             -> skip ;

NUMBER     : DIGIT+ ('.' DIGIT+)? ;
/** `2..3`, `1.2.3`; a final `.` after a number is punctuation, not part of it. */
BAD_NUMBER : DIGIT+ '.' DIGIT* ('.' DIGIT+)+ ;
LETTER     : [a-zA-Z] ;
/** Greek letters and a few symbols typed as unicode; the token pass maps them to commands. */
UNICODE_SYMBOL : [\u0391-\u03A9\u03B1-\u03C9\u03D1\u03D5\u03F5\u2113\u221E\u2202\u2207\u2211\u220F] ;

PLUS    : '+' ;
MINUS   : '-' | '\u2212' ;
CDOT    : '\\cdot' | '\u00B7' | '\u22C5' ;
TIMES   : '\\times' | '\u00D7' ;
SLASH   : '/' ;
STAR    : '*' | '\\ast' ;
/** The full convolution x \tilde{*} w (also \tilde\ast); longer than '\tilde', so the lexer prefers it. */
FULL_STAR : '\\tilde' [ \t]* ('{' [ \t]* ('*' | '\\ast') [ \t]* '}' | '*' | '\\ast') ;
/** The circular convolution x \circledast w. */
CIRCLED_STAR : '\\circledast' | '\u229B' ;
CIRC    : '\\circ' | '\u2218' ;
ODOT    : '\\odot' | '\u2299' ;
OTIMES  : '\\otimes' | '\u2297' ;
BMOD    : '\\bmod' | '\\mod' ;
CARET   : '^' ;
UNDERSCORE : '_' ;
PRIME   : '\'' | '\\prime' ;
COMMA   : ',' ;
DOT     : '.' ;
AMP     : '&' ;
ROWSEP  : '\\\\' ;

EQ      : '=' ;
DEFINES : ':=' | '\\coloneqq' | '\u2254' ;
NEQ     : '\\neq' | '\\ne' | '\u2260' ;
LE      : '\\le' | '\\leq' | '\\leqslant' | '\u2264' ;
GE      : '\\ge' | '\\geq' | '\\geqslant' | '\u2265' ;
LT      : '<' | '\\lt' ;
GT      : '>' | '\\gt' ;
APPROX  : '\\approx' | '\u2248' ;

COLON   : ':' ;
IN      : '\\in' | '\u2208' ;
NOTIN   : '\\notin' | '\u2209' ;
SUBSET  : '\\subset' | '\u2282' ;
SUBSETEQ: '\\subseteq' | '\u2286' ;
TO      : '\\to' | '\\rightarrow' | '\\longrightarrow' | '\u2192' ;
MAPSTO  : '\\mapsto' | '\\longmapsto' | '\u21A6' ;
GETS    : '\\leftarrow' | '\\longleftarrow' | '\\gets' | '\u2190' ;
PROPTO  : '\\propto' | '\u221D' ;
FORALL  : '\\forall' | '\u2200' ;
TOP     : '\\top' | '\\intercal' | '\u22A4' ;

LPAREN  : '(' ;
RPAREN  : ')' ;
LBRACK  : '[' | '\\lbrack' ;
RBRACK  : ']' | '\\rbrack' ;
LBRACE  : '{' ;
RBRACE  : '}' ;
LCURLY  : '\\{' | '\\lbrace' ;
RCURLY  : '\\}' | '\\rbrace' ;
BAR     : '|' | '\\vert' ;
DBAR    : '\\|' | '\\Vert' | '\u2016' ;
// Sided bars; the token pass re-types them to ABS_OPEN, ABS_CLOSE, NORM_OPEN, NORM_CLOSE.
LVERT   : '\\lvert' ;
RVERT   : '\\rvert' ;
LDVERT  : '\\lVert' ;
RDVERT  : '\\rVert' ;
LANGLE  : '\\langle' | '\u27E8' ;
RANGLE  : '\\rangle' | '\u27E9' ;
LFLOOR  : '\\lfloor' | '\u230A' ;
RFLOOR  : '\\rfloor' | '\u230B' ;
LCEIL   : '\\lceil' | '\u2308' ;
RCEIL   : '\\rceil' | '\u2309' ;
LEFT    : '\\left' ;
RIGHT   : '\\right' ;
BIG     : ('\\big' | '\\Big' | '\\bigg' | '\\Bigg') ('l' | 'r' | 'm')? ;

FRAC       : '\\frac' | '\\dfrac' | '\\tfrac' | '\\cfrac' ;
SQRT       : '\\sqrt' ;
UNDERSET   : '\\underset' ;
UNDERBRACE : '\\underbrace' | '\\overbrace' ;
BEGIN      : '\\begin' [ \t]* '{' [a-zA-Z]+ '*'? '}' ;
/** `\begin{array}{ll}`: the column specification belongs to the token. */
BEGIN_ARRAY: '\\begin' [ \t]* '{array}' [ \t]* '{' ~[{}]* '}' -> type(BEGIN) ;
END        : '\\end' [ \t]* '{' [a-zA-Z]+ '*'? '}' ;
MINMAX     : '\\min' | '\\max' | '\\sup' | '\\inf' ;
/** `\operatorname{argmin}` and friends are TEXT tokens that the token pass re-types to ARGOPT. */
ARGOPT     : '\\argmin' | '\\argmax' | '\\arg' [ \t]* '\\min' | '\\arg' [ \t]* '\\max' ;
FONT       : '\\mathbf' | '\\boldsymbol' | '\\bm' | '\\mathbb' | '\\mathcal' | '\\mathsf' | '\\mathfrak'
           | '\\mathscr' | '\\mathbbm' | '\\mathds' | '\\pmb' ;
ACCENT     : '\\hat' | '\\widehat' | '\\tilde' | '\\widetilde' | '\\bar' | '\\overline' | '\\vec'
           | '\\overrightarrow' | '\\dot' | '\\ddot' | '\\check' | '\\breve' ;
DOTS       : '\\dots' | '\\ldots' | '\\cdots' | '\\vdots' | '\\ddots' | '\\dotsc' | '\\dotsb' | '\\dotsm'
           | '...' | '\u2026' | '\u22EF' | '\u22EE' | '\u22F1' ;
/** Upright words: `\text{for }`, `\mathrm{d}`, `\operatorname{softplus}`; the builder reads the braces' content. */
TEXT       : ('\\text' | '\\textrm' | '\\textit' | '\\textbf' | '\\textsf' | '\\texttt' | '\\textnormal'
             | '\\mathrm' | '\\mathit' | '\\mbox' | '\\operatorname' '*'? | '\\mathop') [ \t]* '{' TEXT_BODY '}' ;
CMD        : '\\' [a-zA-Z]+ ;
/** Anything else; the token pass reports it in words. */
ANY        : . ;

fragment DIGIT     : [0-9] ;
fragment TEXT_BODY : (~[{}] | '{' ~[{}]* '}')* ;
