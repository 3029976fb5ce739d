package main
import "fmt"
func main() {
L0:
 for {
 break L0
 }
L1:
 for {
 break L1
 }
L2:
 for {
 break L2
 }
L3:
 for {
 break L3
 }
L4:
 for {
 break L4
 }
L5:
 for {
 break L5
 }
L6:
 for {
 break L6
 }
L7:
 for {
 break L7
 }
L8:
 for {
 break L8
 }
L9:
 for {
 break L9
 }
L10:
 for {
 break L10
 }
L11:
 for {
 break L11
 }
L12:
 for {
 break L12
 }
L13:
 for {
 break L13
 }
L14:
 for {
 break L14
 }
L15:
 for {
 break L15
 }
L16:
 for {
 break L16
 }
L17:
 for {
 break L17
 }
L18:
 for {
 break L18
 }
L19:
 for {
 break L19
 }
L20:
 for {
 break L20
 }
L21:
 for {
 break L21
 }
L22:
 for {
 break L22
 }
L23:
 for {
 break L23
 }
L24:
 for {
 break L24
 }
L25:
 for {
 break L25
 }
L26:
 for {
 break L26
 }
L27:
 for {
 break L27
 }
L28:
 for {
 break L28
 }
L29:
 for {
 break L29
 }
L30:
 for {
 break L30
 }
L31:
 for {
 break L31
 }
L32:
 for {
 break L32
 }
L33:
 for {
 break L33
 }
L34:
 for {
 break L34
 }
L35:
 for {
 break L35
 }
L36:
 for {
 break L36
 }
L37:
 for {
 break L37
 }
L38:
 for {
 break L38
 }
L39:
 for {
 break L39
 }
L40:
 for {
 break L40
 }
L41:
 for {
 break L41
 }
L42:
 for {
 break L42
 }
L43:
 for {
 break L43
 }
L44:
 for {
 break L44
 }
L45:
 for {
 break L45
 }
L46:
 for {
 break L46
 }
L47:
 for {
 break L47
 }
L48:
 for {
 break L48
 }
L49:
 for {
 break L49
 }
L50:
 for {
 break L50
 }
L51:
 for {
 break L51
 }
L52:
 for {
 break L52
 }
L53:
 for {
 break L53
 }
L54:
 for {
 break L54
 }
L55:
 for {
 break L55
 }
L56:
 for {
 break L56
 }
L57:
 for {
 break L57
 }
L58:
 for {
 break L58
 }
L59:
 for {
 break L59
 }
L60:
 for {
 break L60
 }
L61:
 for {
 break L61
 }
L62:
 for {
 break L62
 }
L63:
 for {
 break L63
 }
L64:
 for {
 break L64
 }
L65:
 for {
 break L65
 }
L66:
 for {
 break L66
 }
L67:
 for {
 break L67
 }
L68:
 for {
 break L68
 }
L69:
 for {
 break L69
 }
 fmt.Println("ok")
}
